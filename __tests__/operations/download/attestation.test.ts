import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Emulator } from '../../../emulator/server.js'
import { buildZip } from '../../../emulator/zip.js'
import { listFiles, settingsFrom, tempDir, useEmulator, useTempDirs } from '../../helpers.js'
import { downloadFrom } from '../../downloads.js'
import { ACTION_ENTRY, runAction } from '../../../scripts/run-action.mjs'
import { type MockSigstore, startMockSigstore } from '../../sigstore.js'

const start = useEmulator()
const dest = useTempDirs()
/** Directories for trusted roots, kept for the whole file. */
const scratchDirs: string[] = []
const scratch = (): string => {
  const dir = tempDir()
  scratchDirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true })
})

let sigstore: MockSigstore
let trustedRoot: string
beforeAll(async () => {
  sigstore = await startMockSigstore()
  trustedRoot = join(scratch(), 'trusted_root.json')
  // Pretty-printed, as a person saves it.
  writeFileSync(trustedRoot, JSON.stringify(sigstore.trustedRoot, null, 2))
})

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const RELEASE = 'octo-org/octo-repo/.github/workflows/release.yml'

/** An artifact in the emulator, and its sha256. */
function addArtifact(e: Emulator): { digest: string } {
  const content = buildZip([{ name: 'app.bin', data: 'the build' }])
  e.addArtifact({ name: 'app', content })
  return { digest: sha256(content) }
}

async function download(e: Emulator, inputs: Record<string, string>) {
  const path = dest()
  const { value: result, logs } = await downloadFrom(e, {
    name: 'app',
    path,
    'attestation-trusted-root': trustedRoot,
    ...inputs
  })
  return { result, logs, path, artifact: result.artifacts[0] }
}

describe('download with attestation', () => {
  it('places the files once a good attestation verifies, and reports its signer', async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    e.addAttestation(`sha256:${digest}`, await sigstore.attest({ digests: [digest] }))
    const { result, path, artifact } = await download(e, {
      attestation: 'required',
      'attestation-signer-workflow': `${RELEASE}@refs/heads/main`
    })
    expect(result.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['app.bin'])
    expect(artifact.attestation).toEqual({
      signer_workflow: RELEASE,
      ref: 'refs/heads/main',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/)
    })
    expect(e.apiRequests().map(r => r.path)).toContain(
      `/repos/octo-org/octo-repo/attestations/sha256%3A${digest}`
    )
    // The summary names the signer.
    expect(JSON.stringify(result.summary.table)).toContain(`${RELEASE}@refs/heads/main`)
  })

  it('reads a bundle from its bundle_url without the token', async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    e.addAttestation(`sha256:${digest}`, await sigstore.attest({ digests: [digest] }), {
      viaUrl: true
    })
    const { result, path, artifact } = await download(e, { attestation: 'required' })
    expect(result.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['app.bin'])
    expect(artifact.attestation?.signer_workflow).toBe(RELEASE)
    const fetched = e.blobRequests().filter(r => r.path.startsWith('/attestations/'))
    expect(fetched).toHaveLength(1)
    expect(fetched[0].headers['authorization']).toBeUndefined()
  })

  const failures: [string, (digest: string) => Promise<object>, Record<string, string>, RegExp][] =
    [
      [
        'a bundle about another digest',
        () => sigstore.attest({ digests: ['ab'.repeat(32)] }),
        {},
        /wrong subject: the attestation is about sha256:(ab){32}, not the sha256:[0-9a-f]{64} received/
      ],
      [
        'another signer workflow',
        digest =>
          sigstore.attest({
            digests: [digest],
            signer: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main'
          }),
        { 'attestation-signer-workflow': RELEASE },
        /wrong signer: signed by octo-org\/octo-repo\/\.github\/workflows\/ci\.yml@refs\/heads\/main, expected octo-org\/octo-repo\/\.github\/workflows\/release\.yml/
      ],
      [
        'another ref of the signer workflow',
        digest =>
          sigstore.attest({
            digests: [digest],
            signer: `${RELEASE}@refs/heads/feature`
          }),
        { 'attestation-signer-workflow': `${RELEASE}@refs/heads/main` },
        /wrong signer: signed by .*release\.yml@refs\/heads\/feature, expected .*release\.yml@refs\/heads\/main/
      ],
      [
        'another repository',
        digest => sigstore.attest({ digests: [digest], repository: 'evil-org/evil-repo' }),
        {},
        /wrong signer: signed by evil-org\/evil-repo\/\.github\/workflows\/release\.yml@refs\/heads\/main, expected a workflow of octo-org\/octo-repo/
      ],
      [
        "another repository's run of the expected reusable workflow",
        digest =>
          sigstore.attest({
            digests: [digest],
            repository: 'evil-org/evil-repo',
            signer: `${RELEASE}@refs/heads/main`
          }),
        { 'attestation-signer-workflow': RELEASE },
        /wrong repository: the attestation was made in https:\/\/github\.com\/evil-org\/evil-repo, not https:\/\/github\.com\/octo-org\/octo-repo/
      ],
      [
        'another OIDC issuer',
        digest => sigstore.attest({ digests: [digest], issuer: 'https://accounts.example.com' }),
        {},
        /wrong signer: the certificate was issued for https:\/\/accounts\.example\.com, not GitHub Actions/
      ],
      [
        'another predicate type',
        digest =>
          sigstore.attest({ digests: [digest], predicateType: 'https://spdx.dev/Document/v2.3' }),
        {},
        /wrong predicate type: https:\/\/spdx\.dev\/Document\/v2\.3, expected https:\/\/slsa\.dev\/provenance\/v1/
      ],
      [
        'a tampered signature',
        async digest => {
          const bundle = (await sigstore.attest({ digests: [digest] })) as {
            dsseEnvelope: { signatures: { sig: string }[] }
          }
          const sig = Buffer.from(bundle.dsseEnvelope.signatures[0].sig, 'base64')
          sig[sig.length - 1] ^= 1
          bundle.dsseEnvelope.signatures[0].sig = sig.toString('base64')
          return bundle
        },
        {},
        /untrusted: /
      ],
      [
        'a tampered statement',
        async digest => {
          const bundle = (await sigstore.attest({ digests: [digest] })) as {
            dsseEnvelope: { payload: string }
          }
          const statement = JSON.parse(
            Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()
          )
          statement.predicate = { forged: true }
          bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
          return bundle
        },
        {},
        /untrusted: /
      ],
      [
        'a certificate without a timestamp (expired by now)',
        digest => sigstore.attest({ digests: [digest], noTimestamp: true }),
        {},
        /untrusted: no trusted timestamp shows the signature was made while the certificate was valid/
      ],
      [
        'a certificate logged after it expired',
        digest => sigstore.attest({ digests: [digest], loggedAfterMs: 60 * 60_000 }),
        {},
        /untrusted: the certificate had expired \(or was not yet valid\) when the signature was logged/
      ]
    ]

  it.each(failures)(
    'fails the artifact, placing nothing, for %s',
    async (_what, make, inputs, message) => {
      const e = await start()
      const { digest } = addArtifact(e)
      e.addAttestation(`sha256:${digest}`, await make(digest))
      const { result, path, artifact } = await download(e, { attestation: 'required', ...inputs })
      expect(artifact.error).toMatch(message)
      expect(artifact.error).toMatch(/^attestation check failed: .*; not saved$/)
      expect(result.failure).toContain("'app' (id")
      expect(listFiles(path)).toEqual([])
      expect(artifact.path).toBeUndefined()
    }
  )

  it('fails a bundle signed by a CA the trusted root does not hold', async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    const other = await startMockSigstore()
    e.addAttestation(`sha256:${digest}`, await other.attest({ digests: [digest] }))
    const { artifact, path } = await download(e, { attestation: 'required' })
    expect(artifact.error).toMatch(/untrusted: /)
    expect(listFiles(path)).toEqual([])
  })

  it('passes when one of several attestations verifies', async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    e.addAttestation(
      `sha256:${digest}`,
      await sigstore.attest({ digests: [digest], predicateType: 'https://spdx.dev/Document/v2.3' })
    )
    e.addAttestation(`sha256:${digest}`, await sigstore.attest({ digests: [digest] }))
    const { result, artifact } = await download(e, { attestation: 'required' })
    expect(result.failure).toBeUndefined()
    expect(artifact.attestation?.signer_workflow).toBe(RELEASE)
  })

  it("fails an artifact without an attestation with 'required'", async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    const { result, path, artifact } = await download(e, { attestation: 'required' })
    expect(artifact.error).toBe(
      `no attestation: octo-org/octo-repo has none for sha256:${digest} ('attestation: required'); not saved`
    )
    expect(result.failure).toBeDefined()
    expect(listFiles(path)).toEqual([])
  })

  it("warns and places an artifact without an attestation with 'if-present'", async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    const { result, path, artifact, logs } = await download(e, { attestation: 'if-present' })
    expect(result.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['app.bin'])
    expect(artifact.attestation).toBeNull()
    expect(logs.warn).toContain(
      `'app' (id ${artifact.id}): no attestation for sha256:${digest}; downloaded unverified ('attestation: if-present')`
    )
  })

  it("still fails a bad attestation with 'if-present'", async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    e.addAttestation(`sha256:${digest}`, await sigstore.attest({ digests: ['cd'.repeat(32)] }))
    const { artifact, path } = await download(e, { attestation: 'if-present' })
    expect(artifact.error).toMatch(/wrong subject/)
    expect(listFiles(path)).toEqual([])
  })

  it("asks for nothing with 'off', the default", async () => {
    const e = await start()
    addArtifact(e)
    const { result, artifact } = await download(e, {})
    expect(result.failure).toBeUndefined()
    expect(artifact.attestation).toBeUndefined()
    expect(e.apiRequests().some(r => r.path.includes('/attestations/'))).toBe(false)
  })

  it('refuses a trusted root that is not one, before any transfer', async () => {
    const e = await start()
    addArtifact(e)
    const bad = join(scratch(), 'trusted_root.json')
    writeFileSync(bad, '{"mediaType": 1, "tlogs": "no"}')
    await expect(
      download(e, { attestation: 'required', 'attestation-trusted-root': bad })
    ).rejects.toThrow(
      new RegExp(
        `^Invalid value for 'attestation-trusted-root': '${bad}'\\. It is not a Sigstore trusted root`
      )
    )
    const missing = join(scratch(), 'absent.json')
    await expect(
      download(e, { attestation: 'required', 'attestation-trusted-root': missing })
    ).rejects.toThrow(/It cannot be read: ENOENT/)
    expect(existsSync(missing)).toBe(false)
    expect(e.apiRequests().some(r => r.path.endsWith('/zip'))).toBe(false)
  })

  it("uses the public-good root without 'attestation-trusted-root', which does not trust the mock", async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    e.addAttestation(`sha256:${digest}`, await sigstore.attest({ digests: [digest] }))
    const { artifact } = await download(e, {
      attestation: 'required',
      'attestation-trusted-root': ''
    })
    expect(artifact.error).toMatch(
      /untrusted: the certificate was not issued by a certificate authority of the trusted root/
    )
  })
})

describe('dist/index.js with attestation', () => {
  it('places an attested artifact, names its signer, and refuses one attested for other bytes', async () => {
    const e = await start()
    const good = buildZip([{ name: 'app.bin', data: 'the build' }])
    const forged = buildZip([{ name: 'app.bin', data: 'not the build' }])
    e.addArtifact({ name: 'app', content: good })
    e.addArtifact({ name: 'tool', content: forged })
    e.addAttestation(`sha256:${sha256(good)}`, await sigstore.attest({ digests: [sha256(good)] }))
    // The attestation listed for the forged archive is about the good one's bytes.
    e.addAttestation(
      `sha256:${sha256(forged)}`,
      await sigstore.attest({ digests: [sha256(good)] }),
      { viaUrl: true }
    )
    const workspace = dest()
    const run = await runAction({
      apiUrl: e.apiUrl,
      cwd: workspace,
      inputs: {
        operation: 'download',
        'github-token': e.token,
        repository: e.repository,
        pattern: '*',
        attestation: 'required',
        'attestation-signer-workflow': RELEASE,
        'attestation-trusted-root': trustedRoot
      }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(listFiles(workspace)).toEqual(['app/app.bin'])
    const artifacts = JSON.parse(run.outputs['artifacts']) as {
      name: string
      attestation?: unknown
      error?: string
    }[]
    expect(artifacts.find(a => a.name === 'app')?.attestation).toEqual({
      signer_workflow: RELEASE,
      ref: 'refs/heads/main',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/)
    })
    expect(artifacts.find(a => a.name === 'tool')?.error).toMatch(
      /^attestation check failed: wrong subject: /
    )
    expect(run.stdout).toContain("::error::1 of 2 artifact(s) failed to download: 'tool'")
    // (A word joiner after `@` keeps the summary from mentioning anyone.)
    expect(run.summary).toContain(`<code>${RELEASE}@\u2060refs/heads/main `)
    // The bundle_url was fetched without the token.
    const bundles = e.blobRequests().filter(r => r.path.startsWith('/attestations/'))
    expect(bundles.map(r => r.headers['authorization'])).toEqual([undefined])
  })
})

describe('attestation: failures around the lookup', () => {
  it('fails the artifact when its bundle_url cannot be fetched, naming the URL without its query', async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    e.addAttestation(`sha256:${digest}`, await sigstore.attest({ digests: [digest] }), {
      viaUrl: true
    })
    e.addFault({ target: 'blob', path: /^\/attestations\//, status: 500, body: {} })
    const { artifact, path } = await download(e, { attestation: 'if-present' })
    expect(artifact.error).toMatch(
      /^attestation check failed: the bundle at http:\/\/127\.0\.0\.1:\d+\/attestations\/\S+ could not be read: HTTP 500; not saved$/
    )
    expect(listFiles(path)).toEqual([])
  })

  it('fails the artifact when its bundle_url answers something that is not snappy JSON', async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    e.addAttestation(`sha256:${digest}`, await sigstore.attest({ digests: [digest] }), {
      viaUrl: true
    })
    // A proxy's JSON where the storage host's snappy block should be.
    e.addFault({ target: 'blob', path: /^\/attestations\//, status: 200, body: { ok: true } })
    const { artifact } = await download(e, { attestation: 'required' })
    expect(artifact.error).toMatch(/could not be read: Invalid Snappy bitstream; not saved$/)
  })

  it("turns a 403 of the lookup into the permission to add ('attestations: read')", async () => {
    const e = await start()
    addArtifact(e)
    e.addFault({
      path: /\/attestations\//,
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const { artifact, path } = await download(e, { attestation: 'if-present' })
    expect(artifact.error).toContain("add 'permissions: attestations: read'")
    expect(listFiles(path)).toEqual([])
  })
})

describe('attestation inputs', () => {
  const parse = (inputs: Record<string, string>) => () =>
    settingsFrom({ operation: 'download', ...inputs })

  it('reads the four inputs, with their defaults', () => {
    expect(settingsFrom({ operation: 'download' }).download.attestation).toEqual({
      mode: 'off',
      signerWorkflow: undefined,
      predicateType: 'https://slsa.dev/provenance/v1',
      trustedRoot: undefined,
      serverUrl: 'https://github.com'
    })
    const read = settingsFrom({
      operation: 'download',
      attestation: 'Required',
      'attestation-signer-workflow': `${RELEASE}@refs/tags/v1`,
      'attestation-predicate-type': 'https://spdx.dev/Document/v2.3',
      'attestation-trusted-root': 'roots/trusted_root.json'
    }).download.attestation
    expect(read).toMatchObject({
      mode: 'required',
      signerWorkflow: {
        repository: 'octo-org/octo-repo',
        path: '.github/workflows/release.yml',
        ref: 'refs/tags/v1'
      },
      predicateType: 'https://spdx.dev/Document/v2.3',
      trustedRoot: join(process.cwd(), 'roots/trusted_root.json')
    })
  })

  it.each([
    [
      { attestation: 'yes' },
      "Invalid value for 'attestation': 'yes'. Valid options are: off, if-present, required"
    ],
    [
      { 'attestation-signer-workflow': 'octo-org/octo-repo/release.yml' },
      "Invalid value for 'attestation-signer-workflow': 'octo-org/octo-repo/release.yml'. Expected 'owner/repo/.github/workflows/FILE.yml', optionally with '@REF'"
    ],
    [
      { 'attestation-signer-workflow': '../x/.github/workflows/a.yml' },
      "Invalid value for 'attestation-signer-workflow': '../x/.github/workflows/a.yml'."
    ],
    [
      { 'attestation-predicate-type': 'slsa provenance' },
      "Invalid value for 'attestation-predicate-type': 'slsa provenance'. Expected a predicate type URI"
    ]
  ])('refuses %j', (inputs, message) => {
    expect(parse(inputs)).toThrow(message)
  })
})

describe("attestation: GitHub's own instance (private repositories)", () => {
  let github: MockSigstore
  let roots: string
  beforeAll(async () => {
    github = await startMockSigstore('github')
    roots = join(scratch(), 'trusted_root.jsonl')
    writeFileSync(
      roots,
      `${JSON.stringify(sigstore.trustedRoot)}\n${JSON.stringify(github.trustedRoot)}\n`
    )
  })

  it('verifies by a signed timestamp, with the roots as JSON lines as gh writes them', async () => {
    const e = await start()
    const { digest } = addArtifact(e)
    e.addAttestation(`sha256:${digest}`, await github.attest({ digests: [digest] }))
    const { result, path, artifact } = await download(e, {
      attestation: 'required',
      'attestation-trusted-root': roots
    })
    expect(result.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['app.bin'])
    expect(artifact.attestation?.signer_workflow).toBe(RELEASE)
  })

  it('fails a bundle of that instance without its timestamp', async () => {
    const f = await start()
    const other = addArtifact(f)
    f.addAttestation(
      `sha256:${other.digest}`,
      await github.attest({ digests: [other.digest], noTimestamp: true })
    )
    const failed = await download(f, {
      attestation: 'required',
      'attestation-trusted-root': roots
    })
    expect(failed.artifact.error).toMatch(/untrusted: no trusted timestamp/)
    expect(listFiles(failed.path)).toEqual([])
  })
})

describe('cold start', () => {
  it('loads the Sigstore code only for a download with attestation', async () => {
    // The chunks of dist/ that hold the Sigstore libraries, and a hook that refuses to load them.
    const dir = dirname(ACTION_ENTRY)
    const chunks = readdirSync(dir).filter(
      f => f.endsWith('.js') && /bundleFromJSON/.test(readFileSync(join(dir, f), 'utf8'))
    )
    expect(chunks.length).toBeGreaterThan(0)
    const hook = `import { registerHooks } from 'node:module'
registerHooks({ load(url, context, next) {
  if (${JSON.stringify(chunks)}.some(c => url.endsWith('/' + c))) throw new Error('Sigstore chunk loaded: ' + url)
  return next(url, context)
} })`
    const argv = ['--import', `data:text/javascript,${encodeURIComponent(hook)}`]
    const e = await start()
    addArtifact(e)
    const inputs = { 'github-token': e.token, repository: e.repository, name: 'app' }
    const list = await runAction({ apiUrl: e.apiUrl, argv, inputs })
    expect(list.stdout).not.toContain('Sigstore chunk loaded')
    expect(list.code).toBe(0)
    const plain = await runAction({
      apiUrl: e.apiUrl,
      argv,
      cwd: dest(),
      inputs: { ...inputs, operation: 'download' }
    })
    expect(plain.code).toBe(0)
    const attested = await runAction({
      apiUrl: e.apiUrl,
      argv,
      cwd: dest(),
      inputs: { ...inputs, operation: 'download', attestation: 'if-present' }
    })
    expect(attested.code).toBe(1)
    expect(attested.stdout).toContain('Sigstore chunk loaded')
  })
})
