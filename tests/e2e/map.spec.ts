import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { mapFrame, MAP_VIEW } from '../../src/ui/map/mapLayout'

const dOf = (page: Page, id: string) =>
  page.locator(`path[data-trajectory="${id}"]`).getAttribute('d')

type LongTask = { start: number; duration: number }

// Records main-thread long tasks (over 50 ms) from the start, to report those during the map's
// computation (reported, not asserted: timing depends on the machine).
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: LongTask[] }
    w.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longTasks.push({ start: e.startTime, duration: Math.round(e.duration) })
    }).observe({ type: 'longtask', buffered: true })
    const m = { shown: NaN, ready: NaN }
    ;(window as unknown as { __map: typeof m }).__map = m
    new MutationObserver(() => {
      const panel = document.querySelector('.me-map')
      if (panel && Number.isNaN(m.shown)) m.shown = performance.now()
      if (panel?.getAttribute('data-state') === 'ready' && Number.isNaN(m.ready))
        m.ready = performance.now()
    }).observe(document, { subtree: true, childList: true, attributes: true })
  })
})

// Tall enough to see the contours (with the hover ghost) and the map in one screenshot.
test.use({ viewport: { width: 1280, height: 1500 } })

test('the tuning map computes, and clicking a cell moves the sliders and the path', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('./?map=1')
  const map = page.getByRole('application', { name: /^Tuning map/ })
  await expect(map).toBeVisible()
  await expect(page.locator('.me-map[data-state="ready"]')).toBeAttached({ timeout: 20_000 })
  // How long the default map took in this browser, from the panel's first frame to 100 %, and the
  // main thread's long tasks meanwhile.
  const { ms, tasks } = await page.evaluate(() => {
    const w = window as unknown as {
      __map: { shown: number; ready: number }
      __longTasks: LongTask[]
    }
    const { shown, ready } = w.__map
    const tasks = w.__longTasks.filter((t) => t.start >= shown && t.start <= ready)
    return { ms: ready - shown, tasks: tasks.map((t) => t.duration) }
  })
  const bar = page.getByRole('progressbar', { name: 'Computing the tuning map' })
  await expect(bar).toHaveAttribute('aria-valuenow', '100')
  const rows = Number(await map.getAttribute('data-rows'))
  const cols = Number(await map.getAttribute('data-cols'))
  expect(rows).toBeGreaterThanOrEqual(60)
  expect(cols).toBeGreaterThanOrEqual(60)
  test.info().annotations.push({
    type: 'timing',
    description: `${cols}×${rows} map ready ${Math.round(ms)} ms after it appeared; long tasks: [${tasks.join(', ')}] ms`,
  })
  console.log(`map ${cols}×${rows}: ${Math.round(ms)} ms; long tasks ${JSON.stringify(tasks)}`)
  await expect(page.getByRole('group', { name: 'Map legend' })).toContainText('Steps to converge')

  const momentum = page.getByRole('slider', { name: 'Momentum β, run 2' })
  const lr = page.getByRole('slider', { name: 'Learning rate' })
  const [momentumBefore, lrBefore, pathBefore] = [
    await momentum.getAttribute('aria-valuetext'),
    await lr.getAttribute('aria-valuetext'),
    await dOf(page, 'r2'),
  ]
  await map.scrollIntoViewIfNeeded()
  const box = (await map.boundingBox())!
  const frame = mapFrame(rows, cols)
  const at = (row: number, col: number) => ({
    x: box.x + (frame.x(col) / MAP_VIEW.width) * box.width,
    y: box.y + (frame.y(row) / MAP_VIEW.height) * box.height,
  })
  // Hover first: the contours show a ghost of that cell's run.
  const cell = at(Math.round(rows * 0.4), Math.round(cols * 0.5))
  await page.mouse.move(cell.x, cell.y)
  await expect(page.locator('path.me-ghost')).toHaveCount(1)
  await expect(page.locator('.me-map-caption')).toContainText(/α = .*, β = /)
  await page.mouse.click(cell.x, cell.y)
  await expect(momentum).not.toHaveAttribute('aria-valuetext', momentumBefore!)
  await expect(lr).not.toHaveAttribute('aria-valuetext', lrBefore!)
  expect(await dOf(page, 'r2')).not.toBe(pathBefore)
  await expect(page.locator('.me-map-status')).toContainText('Run 2')
  // Preview another cell (faster, higher momentum) so the screenshot shows a ghost beside run 2.
  const other = at(Math.round(rows * 0.25), Math.round(cols * 0.75))
  await page.mouse.move(other.x, other.y)
  await expect(page.locator('.me-map-caption')).toContainText(/α = .*, β = /)
  await page.screenshot({ path: 'test-results/map.png', fullPage: true })
  await map.screenshot({ path: 'test-results/map-panel.png' })

  // Keyboard: Enter on the focused map after moving the cursor up a row.
  const afterClick = await momentum.getAttribute('aria-valuetext')
  await map.focus()
  await page.keyboard.press('PageUp')
  await page.keyboard.press('Enter')
  await expect(momentum).not.toHaveAttribute('aria-valuetext', afterClick!)

  await page.mouse.move(1, 1)
  await expect(page.locator('path.me-ghost')).toHaveCount(0)
  const scan = await new AxeBuilder({ page }).include('.me-map').analyze()
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  expect(errors).toEqual([])
})

test('Snap to optimal puts run 2 on the theory’s optimal pair', async ({ page }) => {
  await page.goto('./?map=1')
  await page.getByRole('button', { name: 'Snap to optimal' }).click()
  await expect(page.getByRole('slider', { name: 'Momentum β, run 2' })).toHaveAttribute(
    'aria-valuetext',
    'β = 0.669',
  )
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute(
    'aria-valuetext',
    'α = 0.0331',
  )
})
