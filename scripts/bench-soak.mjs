// `npm run bench:soak [-- --minutes 10]`: JS heap of the built site (6 runs) before and after
// minutes of continuous playback, each after a forced garbage collection, sampled once a minute;
// target growth ≤ 10 % (issue 9), judged on the line through all samples (see heapTrend).
// Reported, not asserted. Without a Play button in the build, the second run's momentum slider
// is moved by keyboard for the same time instead, and the report says so.
import os from 'node:os'
import { ensureDist, fmt, parseArgs, snapshotDist, writeReport } from './bench-lib.mjs'
import { chromeOrExit, launchBrowser, serveDir } from './bench-lib.mjs'
import { SIX } from './bench-harness.mjs'
import { heapTrend } from './bench-report.mjs'
import { heapAfterGc, keepDragging, keepPlaying, openSite, playButton } from './bench-page.mjs'

const MAX_GROWTH_PCT = 10
// Every build measured so far grows in its first minute of playback (code optimisation, caches
// filling) and then wanders around a flat level: growth is counted from after that minute.
const WARM_UP_S = 60
const args = parseArgs()
const minutes = Number(args.minutes ?? 10)
if (!(minutes > 0)) {
  console.error('bench:soak: --minutes must be a positive number')
  process.exit(2)
}

ensureDist()
const chrome = await chromeOrExit()
const started = new Date()
const server = await serveDir(snapshotDist())
const browser = await launchBrowser(chrome)
let result
try {
  const { context, page } = await openSite(browser, `${server.url}?${SIX}`)
  const play = await playButton(page)
  const activity = play ? 'playback' : 'keyboard slider moves (no Play button in this build)'
  // Play for a minute first so that one-off allocations are not counted as growth (WARM_UP_S).
  const act = (s) => (play ? keepPlaying(page, play, s) : keepDragging(page, s))
  const atLoad = await heapAfterGc(page)
  await act(WARM_UP_S)
  const before = await heapAfterGc(page)
  console.error(
    `soak: ${minutes} min of ${activity}; heap after warm-up ${fmt(before / 2 ** 20)} MB`,
  )
  const samples = [{ minute: 0, bytes: before }]
  // One heap sample a minute (or once for shorter soaks), for a growth curve in the JSON.
  const chunk = Math.min(1, minutes)
  for (let done = 0; done < minutes - 1e-9; done += chunk) {
    const s = Math.min(chunk, minutes - done) * 60
    await act(s)
    const bytes = await heapAfterGc(page)
    samples.push({ minute: done + s / 60, bytes })
    console.error(`  ${fmt(done + s / 60)} min: ${fmt(bytes / 2 ** 20, 2)} MB`)
  }
  const after = samples[samples.length - 1].bytes
  const growthPct = ((after - before) / before) * 100
  result = {
    activity,
    minutes,
    atLoad,
    before,
    after,
    growthPct,
    trend: heapTrend(samples),
    samples,
  }
  await context.close()
  result.browser = browser.version()
} finally {
  await browser.close()
  server.close()
}

const mb = (b) => `${fmt(b / 2 ** 20, 2)} MB`
// Judged on the line through every sample when there are enough (see heapTrend), else on the
// first and last readings.
const growth = result.trend ? result.trend.growthPct : result.growthPct
const status = growth <= MAX_GROWTH_PCT ? 'PASS' : 'MISS'
console.log(`\nJS heap, 6 runs, ${minutes} min of ${result.activity}`)
console.log(`  at load ${mb(result.atLoad)}, after ${WARM_UP_S} s warm-up ${mb(result.before)}`)
console.log(`  after ${minutes} min ${mb(result.after)}: growth ${fmt(result.growthPct)} %`)
if (result.trend) {
  const { start, end, growthPct } = result.trend
  const n = result.samples.length
  console.log(`  trend over ${n} samples: ${mb(start)} → ${mb(end)}, growth ${fmt(growthPct)} %`)
}
console.log(`  target growth ≤ ${MAX_GROWTH_PCT} %: ${status}`)

writeReport('soak', started, result.browser, os.loadavg()[0], {
  ...result,
  target: { maxGrowthPct: MAX_GROWTH_PCT, status },
})
