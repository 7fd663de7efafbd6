// The digits page in headless Chromium, printed (never asserted): from opening
// ?surface=digits&runs=0,0.9 until the refined landscape is drawn, when the runs are trained,
// when the first (coarse) contours appear and the refined ones, and every main-thread long task
// (over 50 ms) on the way. Needs `npm run build` first; serves dist/ itself.
// Usage: node scripts/bench-network-page.mjs [--port 4331]
import { chromium } from 'playwright-core'
import { CHROME_ARGS, findChrome, NO_BROWSER_MESSAGE } from './chrome.mjs'
import { serveCsp } from './serve-csp.mjs'

const i = process.argv.indexOf('--port')
const port = i > 0 ? Number(process.argv[i + 1]) : 0
const chrome = await findChrome()
if (!chrome) {
  console.error(NO_BROWSER_MESSAGE)
  process.exit(1)
}
const server = await serveCsp({ port })
const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS })
try {
  const page = await browser.newPage()
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window)
    w.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longTasks.push(`${Math.round(e.duration)} at ${Math.round(e.startTime)}`)
    }).observe({ type: 'longtask', buffered: true })
    w.__marks = {}
    const mark = () => {
      const m = w.__marks
      const t = Math.round(performance.now())
      if (!m.trained && document.querySelector('path[data-trajectory]')) m.trained = t
      if (!m.coarse && document.querySelector('.me-digits-plane .me-contours')) m.coarse = t
      const status = document.querySelector('.me-digits-status')?.textContent
      if (!m.started && status?.startsWith('Training in')) m.started = t
      if (!m.refined && status === 'Trained.') m.refined = t
    }
    new MutationObserver(mark).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    })
  })
  await page.goto(new URL('?surface=digits&runs=0,0.9', server.url).href)
  await page.waitForFunction(() => /** @type {any} */ (window).__marks.refined, null, {
    timeout: 180_000,
  })
  const { marks, longTasks } = await page.evaluate(() => ({
    marks: /** @type {any} */ (window).__marks,
    longTasks: /** @type {any} */ (window).__longTasks,
  }))
  const os = await import('node:os')
  console.log(
    `load average ${os
      .loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')}`,
  )
  console.log(`digits page, 2 runs × 30 epochs (ms since navigation start)`)
  console.log(`  training started         ${marks.started}`)
  console.log(`  runs trained and drawn   ${marks.trained}`)
  console.log(
    `  coarse contours drawn    ${marks.coarse} (${marks.coarse - marks.trained} after the runs)`,
  )
  console.log(
    `  refined contours drawn   ${marks.refined} (${marks.refined - marks.trained} after the runs)`,
  )
  console.log(
    `  main-thread long tasks   ${longTasks.length}${longTasks.length ? ` (ms: ${longTasks.join(', ')})` : ''}`,
  )
} finally {
  await browser.close()
  await server.close()
}
