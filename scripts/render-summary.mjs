// `npm run render-summary [-- --out DIR]`: the job summaries of the demo's scenarios as a person
// sees them, one PNG each in DIR (default reports/summaries/): the demo's scenarios and a few more
// (failures, hostile names) from demo-scenarios.mjs.
//
// For people, not CI: it needs Chromium from Debian (`apt-get install -y chromium`, as root),
// which CI does not have. Each scenario of demo-scenarios.mjs runs the bundled action against the
// local emulator; its GITHUB_STEP_SUMMARY is rendered as GitHub renders it — Markdown by `marked`
// (GFM, HTML passed through), ```mermaid blocks drawn by `mermaid` from node_modules, a small
// GitHub-like stylesheet — and headless Chromium (driven by playwright-core) screenshots it:
// SLUG.png as it first shows, SLUG-open.png (-open-2.png, …) the top of each <details> opened
// (…-end.png its end when long), and SLUG.md, the markdown itself. Nothing is fetched from the
// network: the page loads mermaid from a local file and every http(s) request is refused.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { marked } from 'marked'
import { chromium } from 'playwright-core'
import { MORE_SCENARIOS, runScenario, SCENARIOS, withDemoRepository } from './demo-scenarios.mjs'

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'reports/summaries' } }
})
const out = resolve(values.out ?? 'reports/summaries')
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')

/** Height of an opened <details> shown, and of its end when longer. */
const OPEN_HEIGHT = 1400
const END_HEIGHT = 300

/** Width of the summary's column: about what GitHub gives it on a laptop screen. */
const WIDTH = 1000

// GitHub's markdown-body, cut down to what a job summary uses.
const CSS = `
body { margin: 0; background: #fff; }
.markdown-body {
  box-sizing: border-box; width: ${WIDTH}px; padding: 16px 24px;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  font-size: 14px; line-height: 1.5; color: #1f2328; word-wrap: break-word;
}
.markdown-body > :first-child { margin-top: 0 !important; }
h3 { font-size: 1.25em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
p, table, details, pre, .mermaid-box { margin: 0 0 16px; }
b, strong, th { font-weight: 600; }
a { color: #0969da; text-decoration: underline; text-underline-offset: .2rem; }
table {
  display: block; width: max-content; max-width: 100%; overflow: auto;
  border-spacing: 0; border-collapse: collapse; font-variant: tabular-nums;
}
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
tr:nth-child(2n) { background: #f6f8fa; }
code, pre {
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
code { padding: .2em .4em; font-size: 85%; background: #818b981f; border-radius: 6px; white-space: break-spaces; }
pre { padding: 16px; font-size: 85%; background: #f6f8fa; border-radius: 6px; overflow: auto; }
details summary { cursor: pointer; display: list-item; }
.mermaid-box { border: 1px solid #d1d9e0; border-radius: 6px; padding: 8px; }
pre.mermaid { background: none; padding: 0; margin: 0; text-align: center; }
`

/** The summary's markdown as a page, before mermaid runs. */
function page(/** @type {string} */ markdown) {
  const body = marked.parse(markdown, { gfm: true, async: false })
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head>
<body><article class="markdown-body">${body}</article></body></html>`
}

/** In the page: ```mermaid blocks drawn as GitHub draws them. */
async function drawMermaid() {
  // The page's globals (this file is type-checked without the DOM's types).
  const { document, mermaid } = /** @type {any} */ (globalThis)
  for (const code of document.querySelectorAll('pre > code.language-mermaid')) {
    const box = document.createElement('div')
    box.className = 'mermaid-box'
    const pre = document.createElement('pre')
    pre.className = 'mermaid'
    pre.textContent = code.textContent
    box.append(pre)
    code.parentElement?.replaceWith(box)
  }
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' })
  await mermaid.run({ querySelector: 'pre.mermaid' })
  return document.querySelectorAll('pre.mermaid svg').length
}

mkdirSync(out, { recursive: true })
const userDataDir = mkdtempSync(join(tmpdir(), 'artifact-ops-chromium-'))
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env['CHROMIUM'] || '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ],
  viewport: { width: WIDTH, height: 600 },
  deviceScaleFactor: 1,
  offline: true
})
try {
  const tab = browser.pages()[0] ?? (await browser.newPage())
  await tab.route('**/*', route =>
    /^(https?|wss?):/.test(route.request().url()) ? route.abort() : route.continue()
  )
  await withDemoRepository(async (emulator, base) => {
    for (const scenario of [...SCENARIOS, ...MORE_SCENARIOS]) {
      const { run } = await runScenario(emulator, base, scenario)
      writeFileSync(join(out, `${scenario.slug}.md`), run.summary)
      await tab.setContent(page(run.summary), { waitUntil: 'load' })
      await tab.addScriptTag({ path: MERMAID })
      const charts = await tab.evaluate(drawMermaid)
      const body = tab.locator('.markdown-body')
      await body.screenshot({ path: join(out, `${scenario.slug}.png`) })
      for (const stale of readdirSync(out)) {
        if (stale.startsWith(`${scenario.slug}-open`)) rmSync(join(out, stale), { force: true })
      }
      // Each <details> opened, its first OPEN_HEIGHT pixels (and its last, when longer).
      const details = tab.locator('details')
      const count = await details.count()
      for (let i = 0; i < count; i++) {
        await details.nth(i).evaluate(d => /** @type {any} */ (d.open = true))
        const box = await details.nth(i).boundingBox()
        if (box === null) continue
        const name = `${scenario.slug}-open${i > 0 ? `-${i + 1}` : ''}`
        const clip = { x: 0, y: box.y, width: WIDTH, height: Math.min(box.height, OPEN_HEIGHT) }
        await tab.screenshot({ path: join(out, `${name}.png`), fullPage: true, clip })
        if (box.height > OPEN_HEIGHT) {
          const end = { ...clip, y: box.y + box.height - END_HEIGHT, height: END_HEIGHT }
          await tab.screenshot({ path: join(out, `${name}-end.png`), fullPage: true, clip: end })
        }
      }
      console.log(
        `${scenario.slug}: exit code ${run.code}, ${charts} chart(s), ${count} collapsed part(s) → ${join(out, scenario.slug)}${count > 0 ? '{,-open*}' : ''}.png`
      )
    }
  })
} finally {
  await browser.close()
  rmSync(userDataDir, { recursive: true, force: true })
}
