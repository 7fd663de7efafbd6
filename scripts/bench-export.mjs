// `npm run bench:export`: how long the built page takes to make its animated exports, and how
// large they are, as a reader gets them (click on Download → file saved, worker start included).
// Prints a table; targets (issue 23) are reported, never asserted.
//
//   npm run build && npm run bench:export [-- --repeat 3]
import os from 'node:os'
import { readFile } from 'node:fs/promises'
import {
  ensureDist,
  fmt,
  parseArgs,
  chromeOrExit,
  launchBrowser,
  offlinePage,
} from './bench-lib.mjs'
import { serveCsp } from './serve-csp.mjs'

const args = parseArgs()
const repeat = Math.max(1, Math.floor(Number(args.repeat ?? 3)) || 1)

const CASES = [
  {
    name: 'GIF 640×400, 6 s, 15 fps, 2 runs',
    format: 'gif',
    size: '640x400',
    fps: '15',
    seconds: '6',
    targetS: 5,
    targetMB: 2.5,
  },
  {
    name: 'video 1280×800, 10 s, 30 fps, 2 runs',
    format: 'video',
    size: '1280x800',
    fps: '30',
    seconds: '10',
    targetS: 10,
    targetMB: null,
  },
]

ensureDist()
const server = await serveCsp()
const browser = await launchBrowser(await chromeOrExit())
const rows = []
try {
  for (const c of CASES) {
    for (let r = 0; r < repeat; r++) {
      const { context, page } = await offlinePage(browser)
      await page.addInitScript(() => {
        const w = window
        w.__longest = 0
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration)
        }).observe({ type: 'longtask', buffered: false })
      })
      await page.goto(`${server.url}?surface=ravine&runs=0,0.9`)
      await page.locator('path[data-trajectory]').first().waitFor({ state: 'attached' })
      await page.getByText('Share, embed, download').click()
      await page.getByRole('button', { name: 'GIF, video, posters…' }).click()
      const panel = page.getByRole('region', { name: 'Animation and posters' })
      await panel.getByRole('combobox', { name: 'Format' }).selectOption(c.format)
      await panel.getByRole('combobox', { name: 'Size' }).selectOption(c.size)
      await panel.getByRole('combobox', { name: 'Frame rate' }).selectOption(c.fps)
      await panel.getByRole('spinbutton', { name: 'Seconds' }).fill(c.seconds)
      const status = panel.getByRole('status')
      await status.filter({ hasText: /^(At most a|A)bout/ }).waitFor({ timeout: 60_000 })
      // Let the estimate settle on these options (it follows each change a moment later).
      await page.waitForTimeout(1500)
      const estimate = await status.textContent()
      await page.evaluate(() => (window.__longest = 0))
      const button = c.format === 'gif' ? 'Download GIF' : 'Download video'
      const t0 = Date.now()
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        panel.getByRole('button', { name: button }).click(),
      ])
      const seconds = (Date.now() - t0) / 1000
      const bytes = (await readFile(await download.path())).length
      const longest = await page.evaluate(() => window.__longest)
      rows.push({ ...c, seconds, bytes, estimate, file: download.suggestedFilename(), longest })
      await context.close()
    }
  }
} finally {
  await browser.close()
  await server.close()
}

console.log(
  `\nAnimated export (${os.cpus().length} cores, ${browser.version?.() ?? 'Chromium'}; ${repeat} runs each)\n`,
)
console.log(
  'case | run | seconds | target | size MB | target | file | estimate | longest main-thread task ms',
)
console.log('---|---|---|---|---|---|---|---|---')
for (const [i, r] of rows.entries()) {
  const mb = r.bytes / 1e6
  const time = `${fmt(r.seconds, 2)} ${r.seconds < r.targetS ? 'PASS' : 'MISS'}`
  const size = r.targetMB === null ? 'n/a' : `≤ ${r.targetMB} ${mb <= r.targetMB ? 'PASS' : 'MISS'}`
  console.log(
    `${r.name} | ${(i % repeat) + 1} | ${time} | < ${r.targetS} s | ${fmt(mb, 2)} | ${size} | ${r.file.split('.').pop()} | ${r.estimate} | ${fmt(r.longest, 0, '0 (none ≥ 50)')}`,
  )
}
