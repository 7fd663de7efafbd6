// `npm run bench:trace`: main-thread time per slider-drag step from a Chromium trace (script,
// style, layout, paint), for the floor page, the floor with 2 ms of work per input, Distill's
// hero figure and our site, in one run. Steadier than the harness's latency percentiles, which
// turn on whether a few percent of steps miss a frame. Reported, never asserted.
//
//   npm run build && npm run bench:trace [-- --steps 120 --runs 3]
import os from 'node:os'
import { ensureDist, fmt, parseArgs, pct, snapshotDist, writeReport } from './bench-lib.mjs'
import { chromeOrExit, launchBrowser, offlinePage, serveDir } from './bench-lib.mjs'
import { DISTILL, FLOOR, OURS, SIX, slowFloorDir } from './bench-harness.mjs'
import { mainThreadTimes, rendererMain } from './bench-trace-parse.mjs'
import { formatTable } from './bench-report.mjs'

const args = parseArgs()
const steps = Number(args.steps ?? 120)
const runs = Number(args.runs ?? 3)
ensureDist()
const site = snapshotDist()
const CASES = [
  ['floor', FLOOR],
  ['floor + 2 ms per input', { ...FLOOR, dir: slowFloorDir(2) }],
  ['Distill hero', DISTILL],
  ['ours, 2 runs', { ...OURS, dir: site, query: 'runs=0,0.9' }],
  ['ours, 6 runs overlay', { ...OURS, dir: site, query: SIX }],
]
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel']

/** Drags the case's slider `steps` times across 80 % of its width and back, one frame a step. */
async function drag(page, slider, n) {
  const box = await page.locator(slider).boundingBox()
  if (!box) throw new Error(`no slider ${slider}`)
  const y = box.y + box.height / 2
  const xAt = (i) => {
    const t = (i % (2 * 40)) / 40 // 40 steps across, 40 back
    return box.x + box.width * (0.1 + 0.8 * (t <= 1 ? t : 2 - t))
  }
  await page.mouse.move(xAt(0), y)
  await page.mouse.down()
  for (let i = 1; i <= n; i++) {
    await page.mouse.move(xAt(i), y)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
  }
  await page.mouse.up()
}

async function measure(browser, url, c) {
  const { context, page } = await offlinePage(browser, { reducedMotion: 'reduce' })
  try {
    await page.goto(url + (c.page ?? '').replace(/^\//, '') + (c.query ? `?${c.query}` : ''))
    await page.locator(c.target).first().waitFor({ timeout: 15_000 })
    await page.waitForTimeout(1000) // lazy panels and first paints out of the way
    await browser.startTracing(page, { categories: CATEGORIES })
    await drag(page, c.slider, steps)
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
    const events = trace.traceEvents ?? trace
    const thread = rendererMain(events)
    if (!thread) throw new Error('no renderer main thread in the trace')
    const t = mainThreadTimes(events, thread)
    return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v / steps]))
  } finally {
    await context.close()
  }
}

const chrome = await chromeOrExit()
const started = new Date()
const loadAvg = os.loadavg()[0]
const browser = await launchBrowser(chrome)
const browserVersion = browser.version()
const results = {}
try {
  for (let r = 0; r < runs; r++) {
    for (const [label, c] of CASES) {
      const server = await serveDir(c.dir)
      try {
        ;(results[label] ??= []).push(await measure(browser, server.url, c))
        process.stderr.write(`${label}: ${fmt(results[label].at(-1).busy, 2)} ms a step\n`)
      } catch (e) {
        ;(results[label] ??= []).push({ error: String(e.message ?? e) })
      } finally {
        server.close()
      }
    }
  }
} finally {
  await browser.close()
}
const KEYS = ['busy', 'script', 'style', 'layout', 'paint']
const rows = [['case', 'main thread ms/step', 'script', 'style', 'layout', 'paint', 'runs']]
for (const [label, list] of Object.entries(results)) {
  const ok = list.filter((x) => !x.error)
  rows.push([
    label,
    ...KEYS.map((k) =>
      fmt(
        pct(
          ok.map((x) => x[k]),
          0.5,
        ),
        2,
      ),
    ),
    `${ok.length}/${list.length}`,
  ])
}
console.log(
  `\nmain-thread time per drag step, ${steps} steps × ${runs}, medians, load ${loadAvg.toFixed(1)}`,
)
console.log(formatTable(rows))
writeReport('trace', started, browserVersion, loadAvg, { steps, runs, results })
