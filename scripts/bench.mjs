// `npm run bench`: measures the bundled action against the emulator, each figure beside a
// baseline measured in the same run. Benchmarks measure and report; tests never time anything.
//
//   node scripts/bench.mjs [--only list,newest,coldstart,download-large,download-many,download-resume,download-small,prune] [--json FILE]
//
// Cold start is measured with this Node and with each other major version found on PATH outside
// node_modules (the system's Node 20 beside the Node 24 of the `node` dev dependency), or the
// binaries BENCH_NODES names (colon-separated).
//
// The prune benchmark runs at GitHub's pace of one deletion a second: about 3.5 minutes.
import { execFile, execFileSync, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { randomFillSync } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { startEmulator } from '../emulator/server.ts'
import { seedRepository } from '../emulator/seed.ts'
import { writeLargeZip } from '../emulator/zip.ts'
import { runAction } from './run-action.mjs'

const args = process.argv.slice(2)
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : ''
const only = new Set(onlyArg ? onlyArg.split(',') : [])
const jsonFile = args.includes('--json') ? args[args.indexOf('--json') + 1] : ''
/** @type {Record<string, unknown>} */
const results = {}

/** @param {string} name */
const wanted = name => only.size === 0 || only.has(name)

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** @param {import('../emulator/server.ts').Emulator} emulator */
function inputs(emulator) {
  return { operation: 'list', 'github-token': emulator.token, repository: emulator.repository }
}

execFileSync(process.execPath, ['scripts/bundle.mjs', '--if-missing'], { stdio: 'inherit' })

/**
 * The baseline of a listing: `curl` fetching the pages one after another, each next URL taken
 * from the Link header of the page before, as a shell loop over the API would.
 * @param {import('../emulator/server.ts').Emulator} emulator
 */
async function curlListingLoop(emulator) {
  const run = promisify(execFile)
  let pageUrl = `${emulator.apiUrl}/repos/${emulator.repository}/actions/artifacts?per_page=100`
  let requests = 0
  const start = performance.now()
  while (pageUrl) {
    // -D - puts the headers before the body on stdout.
    const { stdout } = await run(
      'curl',
      ['-sSf', '-D', '-', '-H', `Authorization: token ${emulator.token}`, pageUrl],
      { maxBuffer: 64 * 1024 * 1024 }
    )
    requests++
    const next = /<([^>]+)>; rel="next"/.exec(stdout.slice(0, stdout.indexOf('\r\n\r\n')))
    pageUrl = next ? next[1] : ''
  }
  return { ms: performance.now() - start, requests }
}

async function benchList() {
  const count = 5000
  const latencyMs = 20
  const emulator = await startEmulator({ latencyMs })
  try {
    for (let i = 0; i < count; i++) emulator.addArtifact({ name: `artifact-${i % 9}`, size: 1000 })
    const baseline = await curlListingLoop(emulator)
    emulator.requests.length = 0
    const run = await runAction({ apiUrl: emulator.apiUrl, inputs: inputs(emulator) })
    if (run.code !== 0) throw new Error(`list failed: ${run.stdout}${run.stderr}`)
    const requests = emulator.apiRequests()
    const atOnce = Math.max(
      ...requests.map(
        r => requests.filter(o => o.at <= r.at && (o.endedAt ?? Infinity) > r.at).length
      )
    )
    const ratio = run.ms / baseline.ms
    results['list'] = {
      artifacts: count,
      latencyMs,
      requests: requests.length,
      targetRequests: Math.ceil(count / 100),
      requestsAtOnce: atOnce,
      listed: Number(run.outputs['count']),
      actionMs: Math.round(run.ms),
      baselineMs: Math.round(baseline.ms),
      baselineRequests: baseline.requests,
      ratio: Number(ratio.toFixed(2)),
      targetRatio: 0.6
    }
    console.log(
      `list ${count} artifacts (${latencyMs} ms latency): ${requests.length} requests (target ${Math.ceil(count / 100)}), at most ${atOnce} at once, ` +
        `${run.ms.toFixed(0)} ms for the whole action process vs ${baseline.ms.toFixed(0)} ms for a curl loop over Link (${baseline.requests} pages) ` +
        `(ratio ${ratio.toFixed(2)}, target ≤ 0.6, including node start-up)`
    )
  } finally {
    await emulator.close()
  }
}

/**
 * The newest `coverage` from `main` in a repository of 20,000 artifacts (the seeded one), by
 * download's exact name, as a dry run: the listing requests it costs, beside the pages the whole
 * listing of that name has (what reading everything costs).
 */
async function benchNewestByName() {
  const count = 20_000
  const emulator = await startEmulator()
  try {
    seedRepository(emulator, { count })
    const coverage = emulator.liveArtifacts().filter(a => a.name === 'coverage').length
    const out = join(work, 'newest-out')
    const run = await runAction({
      apiUrl: emulator.apiUrl,
      inputs: {
        ...inputs(emulator),
        operation: 'download',
        name: 'coverage',
        branch: 'main',
        'dry-run': 'true',
        path: out
      }
    })
    rmSync(out, { recursive: true, force: true })
    if (run.code !== 0) throw new Error(`download failed: ${run.stdout}${run.stderr}`)
    const listing = emulator
      .apiRequests('GET')
      .filter(r => r.path === `/repos/${emulator.repository}/actions/artifacts`).length
    const found = JSON.parse(run.outputs['artifacts'] ?? '[]')
    results['newestByName'] = {
      artifacts: count,
      found: found.length,
      listingRequests: listing,
      allRequests: emulator.apiRequests().length,
      targetListingRequests: 2,
      wholeListingRequests: Math.ceil(coverage / 100),
      actionMs: Math.round(run.ms)
    }
    console.log(
      `newest 'coverage' from main among ${count} artifacts: ${listing} listing request(s) (target ≤ 2; ` +
        `the whole listing of that name: ${Math.ceil(coverage / 100)}), ${found.length} found, ${run.ms.toFixed(0)} ms`
    )
  } finally {
    await emulator.close()
  }
}

/** This Node, and one binary of each other major version on PATH outside node_modules. */
function nodeBinaries() {
  const named = process.env['BENCH_NODES']
  const candidates = named
    ? named.split(':')
    : [
        process.execPath,
        ...(process.env['PATH'] ?? '')
          .split(delimiter)
          .filter(dir => dir && !dir.includes('node_modules'))
          .map(dir => join(dir, 'node'))
          .filter(file => existsSync(file))
      ]
  /** @type {Map<string, string>} major version → binary */
  const byMajor = new Map()
  for (const node of candidates) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
    const major = version.split('.')[0]
    if (!byMajor.has(major)) byMajor.set(major, node)
  }
  return [...byMajor].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
}

/**
 * Wall time of a process, started asynchronously (the emulator answers from this process).
 * @param {string} node @param {string[]} args
 */
function timeProcess(node, args) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(node, args, { stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', () => resolve(performance.now() - start))
  })
}

async function benchColdStart() {
  const emulator = await startEmulator()
  const runs = 15
  const target = 100
  try {
    for (let i = 0; i < 10; i++) emulator.addArtifact({ name: `a-${i}` })
    /** @type {Record<string, unknown>} */
    const byVersion = {}
    for (const [major, node] of nodeBinaries()) {
      /** @type {number[]} */
      const bare = []
      /** @type {number[]} */
      const action = []
      // One after the other, so that both see the same load.
      for (let i = 0; i < runs; i++) {
        bare.push(await timeProcess(node, ['-e', '']))
        const run = await runAction({ node, apiUrl: emulator.apiUrl, inputs: inputs(emulator) })
        if (run.code !== 0) throw new Error(`list failed on ${major}: ${run.stdout}`)
        action.push(run.ms)
      }
      const bareMs = median(bare)
      const actionMs = median(action)
      byVersion[major] = {
        node,
        runs,
        bareNodeMs: Math.round(bareMs),
        actionMs: Math.round(actionMs),
        overheadMs: Math.round(actionMs - bareMs),
        targetOverheadMs: target
      }
      console.log(
        `cold start on Node ${major}, list of 10 (median of ${runs}): node dist/index.js ${actionMs.toFixed(0)} ms vs bare node -e '' ${bareMs.toFixed(0)} ms: +${(actionMs - bareMs).toFixed(0)} ms (target ≤ +${target} ms)`
      )
    }
    results['coldStart'] = byVersion
  } finally {
    await emulator.close()
  }
}

const work = join(new URL('..', import.meta.url).pathname, '.bench')
const MiB = 1024 * 1024

/**
 * A preload that reports the process's peak RSS (KiB) to the file named by BENCH_RSS_FILE: the
 * kernel's VmHWM of the process's own memory. Not `resourceUsage().maxRSS`: Linux counts there
 * the parent's RSS at the fork that started the process, so a large bench process would show.
 */
function rssPreload() {
  const file = join(work, 'rss-preload.mjs')
  writeFileSync(
    file,
    "import { readFileSync, writeFileSync } from 'node:fs'\n" +
      "process.on('exit', () => {\n" +
      "  const hwm = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))\n" +
      '  writeFileSync(process.env.BENCH_RSS_FILE, hwm ? hwm[1] : String(process.resourceUsage().maxRSS))\n' +
      '})\n'
  )
  return file
}

/**
 * The baseline for one artifact: curl follows the API's redirect to a file (curl drops the
 * Authorization header when the redirect leaves the host), then unzip.
 * @param {import('../emulator/server.ts').Emulator} emulator
 * @param {number} id
 * @param {string} dir
 */
async function curlAndUnzip(emulator, id, dir) {
  // Asynchronous: the emulator answers from this same process.
  const run = promisify(execFile)
  mkdirSync(dir, { recursive: true })
  const archive = join(dir, 'archive.zip')
  await run('curl', [
    '-sSfL',
    '-H',
    `Authorization: token ${emulator.token}`,
    '-o',
    archive,
    `${emulator.apiUrl}/repos/${emulator.repository}/actions/artifacts/${id}/zip`
  ])
  await run('unzip', ['-q', '-o', archive, '-d', join(dir, 'out')])
}

/** @param {string} file @param {number} bytes */
function randomZip(file, bytes) {
  writeLargeZip(file, 'data.bin', bytes, chunk => randomFillSync(chunk))
}

async function benchLargeDownload() {
  const size = 1024 * MiB
  const source = join(work, 'large.zip')
  randomZip(source, size)
  const emulator = await startEmulator()
  try {
    const artifact = emulator.addArtifact({ name: 'large', file: source })
    // Warm the page cache for both contenders alike (with cat: a 1 GiB read here would keep this
    // process large for a while).
    execFileSync('cat', [source], { stdio: ['ignore', 'ignore', 'inherit'] })
    /** @type {number[]} */
    const baselines = []
    // Medians of 3, the baseline and the action taking turns so that both see the same load.
    const runs = 3

    /**
     * Runs the action and reads its peak RSS in MB.
     * @param {Record<string, string>} extra
     */
    const measured = async extra => {
      const rssFile = join(work, 'rss')
      const out = join(work, 'action-out')
      const run = await runAction({
        apiUrl: emulator.apiUrl,
        argv: ['--import', rssPreload()],
        env: { BENCH_RSS_FILE: rssFile },
        inputs: { ...inputs(emulator), path: out, ...extra }
      })
      if (run.code !== 0) throw new Error(`${extra['operation']} failed: ${run.stdout}`)
      rmSync(out, { recursive: true, force: true })
      return { run, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 }
    }
    // The same process without a transfer: what the action holds before its first byte.
    const { rssMb: listRssMb } = await measured({ operation: 'list', name: 'large' })
    // A 64 MiB artifact: a peak that does not grow with the size means the memory is flat.
    const small = join(work, 'small.zip')
    randomZip(small, 64 * MiB)
    emulator.addArtifact({ name: 'small', file: small })
    const { rssMb: smallRssMb } = await measured({ operation: 'download', name: 'small' })
    rmSync(small, { force: true })
    /** @type {number[]} */
    const actionTimes = []
    /** @type {number[]} */
    const peaks = []
    for (let i = 0; i < runs; i++) {
      const baselineStart = performance.now()
      await curlAndUnzip(emulator, artifact.id, join(work, 'baseline-large'))
      baselines.push(performance.now() - baselineStart)
      rmSync(join(work, 'baseline-large'), { recursive: true, force: true })
      const { run, rssMb } = await measured({ operation: 'download', name: 'large' })
      actionTimes.push(run.ms)
      peaks.push(rssMb)
    }
    const baselineMs = median(baselines)
    const actionMs = median(actionTimes)
    const rssMb = Math.max(...peaks)
    const ratio = actionMs / baselineMs
    results['largeDownload'] = {
      bytes: size,
      runs,
      actionMs: Math.round(actionMs),
      baselineMs: Math.round(baselineMs),
      ratio: Number(ratio.toFixed(2)),
      targetRatio: 1.0,
      peakRssMB: Math.round(rssMb),
      peakRssEachRunMB: peaks.map(p => Math.round(p)),
      listOnlyPeakRssMB: Math.round(listRssMb),
      peakRss64MiBMB: Math.round(smallRssMb),
      targetPeakRssMB: 90
    }
    console.log(
      `download 1 GiB incompressible artifact (medians of ${runs}): ${actionMs.toFixed(0)} ms vs curl + unzip ${baselineMs.toFixed(0)} ms ` +
        `(ratio ${ratio.toFixed(2)}, target ≤ 1.0); peak RSS ${rssMb.toFixed(0)} MB, the highest of ${runs} (target ≤ 90 MB; ` +
        `the same action listing without a transfer: ${listRssMb.toFixed(0)} MB; downloading 64 MiB: ${smallRssMb.toFixed(0)} MB)`
    )
  } finally {
    await emulator.close()
    rmSync(source, { force: true })
  }
}

async function benchManyDownloads() {
  const count = 20
  const size = 20 * MiB
  const latencyMs = 100
  const emulator = await startEmulator({ latencyMs, blobLatencyMs: latencyMs })
  try {
    /** @type {number[]} */
    const ids = []
    for (let i = 0; i < count; i++) {
      const file = join(work, `many-${i}.zip`)
      randomZip(file, size)
      ids.push(emulator.addArtifact({ name: `part-${i}`, file }).id)
    }
    const baselineStart = performance.now()
    for (const id of ids) await curlAndUnzip(emulator, id, join(work, 'baseline-many', String(id)))
    const baselineMs = performance.now() - baselineStart
    rmSync(join(work, 'baseline-many'), { recursive: true, force: true })

    const run = await runAction({
      apiUrl: emulator.apiUrl,
      inputs: {
        ...inputs(emulator),
        operation: 'download',
        pattern: 'part-*',
        path: join(work, 'action-many')
      }
    })
    if (run.code !== 0) throw new Error(`download failed: ${run.stdout}`)
    rmSync(join(work, 'action-many'), { recursive: true, force: true })
    const blobs = emulator.blobRequests()
    const atOnce = Math.max(
      ...blobs.map(r => blobs.filter(o => o.at <= r.at && (o.endedAt ?? Infinity) > r.at).length)
    )
    const ratio = run.ms / baselineMs
    results['manyDownloads'] = {
      artifacts: count,
      bytesEach: size,
      latencyMs,
      actionMs: Math.round(run.ms),
      baselineMs: Math.round(baselineMs),
      ratio: Number(ratio.toFixed(2)),
      targetRatio: 0.45,
      transfersAtOnce: atOnce
    }
    console.log(
      `download ${count} × 20 MiB (${latencyMs} ms latency): ${run.ms.toFixed(0)} ms vs sequential curl + unzip ${baselineMs.toFixed(0)} ms ` +
        `(ratio ${ratio.toFixed(2)}, target ≤ 0.45); at most ${atOnce} transfers at once`
    )
  } finally {
    await emulator.close()
    for (let i = 0; i < count; i++) rmSync(join(work, `many-${i}.zip`), { force: true })
  }
}

async function benchResumedDownload() {
  const size = 200 * MiB
  const cutAt = 150 * MiB
  const source = join(work, 'resume.zip')
  randomZip(source, size)
  const emulator = await startEmulator()
  try {
    const artifact = emulator.addArtifact({ name: 'resume', file: source })
    // One cut: the first answer sends 150 MB of the archive, then the connection closes.
    emulator.addFault({ target: 'blob', kind: 'truncate', fraction: cutAt / artifact.size })
    const out = join(work, 'action-resume')
    const run = await runAction({
      apiUrl: emulator.apiUrl,
      inputs: { ...inputs(emulator), operation: 'download', name: 'resume', path: out }
    })
    if (run.code !== 0) throw new Error(`download failed: ${run.stdout}`)
    rmSync(out, { recursive: true, force: true })
    const blobs = emulator.blobRequests()
    const onWire = blobs.reduce((sum, r) => sum + (r.bodyBytes ?? 0), 0)
    const ratio = onWire / artifact.size
    results['resumedDownload'] = {
      bytes: artifact.size,
      cutAt,
      requests: blobs.length,
      ranges: blobs.map(r => r.range ?? null),
      bytesOnWire: onWire,
      ratio: Number(ratio.toFixed(3)),
      targetRatio: 1.15,
      actionMs: Math.round(run.ms)
    }
    console.log(
      `download 200 MiB cut once at 150 MiB: ${onWire} archive bytes on the wire in ${blobs.length} requests ` +
        `(ranges ${blobs.map(r => r.range ?? 'none').join(', ')}): ${ratio.toFixed(3)}x the archive (target ≤ 1.15)`
    )
  } finally {
    await emulator.close()
    rmSync(source, { force: true })
  }
}

async function benchPrune() {
  const total = 1000
  const selected = 200
  const latencyMs = 20
  // GitHub's rules for mutating requests: one at a time, a second apart; a 403 with
  // retry-after 60 s for a client that goes faster.
  const emulator = await startEmulator({
    latencyMs,
    secondaryLimit: { minWriteIntervalMs: 1000, retryAfterSeconds: 60 }
  })
  try {
    const day = 86_400_000
    for (let i = 0; i < total; i++) {
      const old = i < selected
      emulator.addArtifact({
        name: `artifact-${i % 5}`,
        size: 1024 * 1024,
        createdAt: new Date(Date.now() - (old ? 40 * day + i * 60_000 : i * 60_000))
      })
    }
    const run = await runAction({
      apiUrl: emulator.apiUrl,
      timeoutMs: 15 * 60_000,
      inputs: { ...inputs(emulator), operation: 'prune', pattern: '*', 'older-than': '30d' }
    })
    if (run.code !== 0) throw new Error(`prune failed: ${run.stdout}`)
    const listing = emulator.apiRequests('GET').length
    const deletes = emulator.apiRequests('DELETE')
    const other = emulator.apiRequests().length - listing - deletes.length
    const seconds = ((deletes.at(-1)?.endedAt ?? 0) - deletes[0].at) / 1000
    const perSecond = deletes.length / seconds
    results['prune'] = {
      artifacts: total,
      selected,
      latencyMs,
      listingRequests: listing,
      deleteRequests: deletes.length,
      otherRequests: other,
      secondaryLimitAnswers: emulator.rate.secondaryAnswers,
      deletedCount: Number(run.outputs['deleted-count']),
      deletionsPerSecond: Number(perSecond.toFixed(3)),
      documentedPerSecond: 1,
      ratio: Number(perSecond.toFixed(3)),
      actionMs: Math.round(run.ms)
    }
    console.log(
      `prune ${selected} of ${total} (${latencyMs} ms latency, secondary-limit rules on): ${listing} listing + ${deletes.length} DELETE + ${other} other requests ` +
        `(target 10 + 200 + 0), ${emulator.rate.secondaryAnswers} secondary-limit answers (target 0), ` +
        `${perSecond.toFixed(3)} deletions/s against the documented 1/s (ratio ${perSecond.toFixed(3)}, target ≥ 0.95)`
    )
  } finally {
    await emulator.close()
  }
}

/**
 * A tree of `count` small text files in directories of 100, zipped as actions/upload-artifact
 * zips (archiver, its default level 6, each file added by path: sizes after the data).
 * @param {string} file @param {number} count
 */
async function smallFilesZip(file, count) {
  const { default: archiver } = await import('archiver')
  const { createWriteStream } = await import('node:fs')
  const zip = archiver.create('zip', { highWaterMark: 8 * MiB, zlib: { level: 6 } })
  /** @type {Promise<void>} */
  const done = new Promise((resolve, reject) => {
    const out = createWriteStream(file)
    out.on('close', () => resolve())
    out.on('error', reject)
    zip.on('error', reject)
    zip.pipe(out)
  })
  const tree = join(work, 'small-tree')
  rmSync(tree, { recursive: true, force: true })
  for (let i = 0; i < count; i++) {
    const dir = join(tree, `dir-${Math.floor(i / 100)}`)
    if (i % 100 === 0) mkdirSync(dir, { recursive: true })
    const path = join(dir, `file-${i}.txt`)
    // 100 to ~3,000 bytes of text, as coverage reports and test results are.
    writeFileSync(path, `line ${i} of a small report\n`.repeat(4 + ((i * 7919) % 100)))
    zip.file(path, { name: `dir-${Math.floor(i / 100)}/file-${i}.txt` })
  }
  await zip.finalize()
  await done
  rmSync(tree, { recursive: true, force: true })
}

async function benchSmallFiles() {
  const runs = 5
  const emulator = await startEmulator()
  try {
    /** @type {Record<string, unknown>} */
    const byCount = {}
    for (const count of [10_000, 70_000]) {
      const source = join(work, `small-${count}.zip`)
      await smallFilesZip(source, count)
      const artifact = emulator.addArtifact({ name: `small-${count}`, file: source })
      const rssFile = join(work, 'rss')
      /** @type {number[]} */
      const baselines = []
      /** @type {number[]} */
      const actionTimes = []
      /** @type {number[]} */
      const peaks = []
      // The 70,000 entries measure memory; one run each is enough for that.
      for (let i = 0; i < (count === 10_000 ? runs : 1); i++) {
        const baselineDir = join(work, 'baseline-small')
        const out = join(work, 'action-small')
        const baseline = async () => {
          const start = performance.now()
          await curlAndUnzip(emulator, artifact.id, baselineDir)
          baselines.push(performance.now() - start)
        }
        const action = async () => {
          const run = await runAction({
            apiUrl: emulator.apiUrl,
            argv: ['--import', rssPreload()],
            env: { BENCH_RSS_FILE: rssFile },
            inputs: {
              ...inputs(emulator),
              operation: 'download',
              name: `small-${count}`,
              path: out
            }
          })
          if (run.code !== 0) throw new Error(`download failed: ${run.stdout}`)
          actionTimes.push(run.ms)
          peaks.push(Number(readFileSync(rssFile, 'utf8')) / 1024)
        }
        // Deleting 70,000 files slows the disk for a while after: both trees go after both
        // runs, each run starts from a synced disk, and the order alternates.
        execFileSync('sync')
        await (i % 2 === 0 ? baseline() : action())
        execFileSync('sync')
        await (i % 2 === 0 ? action() : baseline())
        rmSync(baselineDir, { recursive: true, force: true })
        rmSync(out, { recursive: true, force: true })
      }
      rmSync(source, { force: true })
      const baselineMs = median(baselines)
      const actionMs = median(actionTimes)
      const ratio = actionMs / baselineMs
      const rssMb = Math.max(...peaks)
      const targetRss = count === 10_000 ? 90 : 120
      byCount[count] = {
        runs: actionTimes.length,
        actionMs: Math.round(actionMs),
        baselineMs: Math.round(baselineMs),
        ratio: Number(ratio.toFixed(2)),
        targetRatio: 1.0,
        peakRssMB: Math.round(rssMb),
        targetPeakRssMB: targetRss
      }
      console.log(
        `download ${count} small files (upload-artifact's archive, median of ${actionTimes.length}): ${actionMs.toFixed(0)} ms vs curl + unzip ${baselineMs.toFixed(0)} ms ` +
          `(ratio ${ratio.toFixed(2)}, target ≤ 1.0, goal 0.7); peak RSS ${rssMb.toFixed(0)} MB (target ≤ ${targetRss} MB)`
      )
    }
    results['smallFiles'] = byCount
  } finally {
    await emulator.close()
  }
}

console.log(`node ${process.version}, ${new Date().toISOString()}`)
mkdirSync(work, { recursive: true })
if (wanted('list')) await benchList()
if (wanted('newest')) await benchNewestByName()
if (wanted('coldstart')) await benchColdStart()
if (wanted('download-large')) await benchLargeDownload()
if (wanted('download-many')) await benchManyDownloads()
if (wanted('download-resume')) await benchResumedDownload()
if (wanted('download-small')) await benchSmallFiles()
if (wanted('prune')) await benchPrune()
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`)
