import { expect, test, type Page, type Route } from '@playwright/test'
import { collectErrors } from './collectErrors'

const dOf = (page: Page, id: string) =>
  page.locator(`path[data-trajectory="${id}"]`).getAttribute('d')

test('dragging the Momentum slider with the mouse redraws the path by the next frame', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('./')
  const slider = page.getByRole('slider', { name: /^Momentum β, run 2/ })
  const box = (await slider.boundingBox())!
  const before = await dOf(page, 'r2')
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 })
  // One animation frame after the input, the new path must already be in the DOM.
  const after = await page.evaluate(
    () =>
      new Promise<string | null>((r) =>
        requestAnimationFrame(() =>
          r(document.querySelector('path[data-trajectory="r2"]')!.getAttribute('d')),
        ),
      ),
  )
  await page.mouse.up()
  expect(after).not.toBe(before)
  await expect(page.getByRole('img', { name: /^Momentum 0\.[0-8]/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/explorer-dragged.png', fullPage: true })
  expect(errors).toEqual([])
})

// A pointer drag and arrow keys are the same kind of step: the plot, the run labels and the β
// output draw it in its own frame; React renders the panels (here the remove button's name) once
// the steps pause.
for (const [how, move] of [
  [
    'arrow keys',
    async (page: Page) => {
      await page.getByRole('slider', { name: /^Momentum β, run 2/ }).focus()
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft')
    },
  ],
  [
    'a mouse drag',
    async (page: Page) => {
      const box = (await page.getByRole('slider', { name: /^Momentum β, run 2/ }).boundingBox())!
      // Grab the thumb where β = 0.75 puts it (three quarters along), then drag.
      await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 })
    },
  ],
] as const) {
  test(`${how} on Momentum: the path and its row at once, legend and panels once the steps pause`, async ({
    page,
  }) => {
    const errors = collectErrors(page)
    await page.clock.install()
    await page.goto('./')
    const slider = page.getByRole('slider', { name: /^Momentum β, run 2/ })
    const remove = page.getByRole('button', { name: /^Remove run 2/ })
    await expect(remove).toHaveAccessibleName('Remove run 2 (Momentum 0.75)')
    const before = await dOf(page, 'r2')
    // Time stands still from here: nothing that waits for a timer can run.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
    await move(page)
    const momentum = (await slider.getAttribute('aria-valuetext'))!.replace('β = ', '')
    expect(momentum).not.toBe('0.75')
    const label = `Momentum ${momentum}`
    expect(await dOf(page, 'r2')).not.toBe(before)
    // The slider has focus: the other run is drawn apart, in the page's layer, under it.
    await expect(page.locator('svg.me-plot-still path[data-trajectory="r1"]')).toHaveCount(1)
    await expect(page.locator('svg.me-plot path[data-trajectory="r2"]')).toHaveCount(1)
    await expect(page.locator('path[data-trajectory="r2"]')).toHaveAttribute('aria-label', label)
    await expect(page.locator('[data-run="r2"] output')).toHaveText(`β = ${momentum}`)
    await expect(page.locator('[data-run="r2"] .me-run-head label')).toHaveText(label)
    const legend = page.getByRole('list', { name: 'Legend' })
    // React has not rendered yet: the remove button's name and the legend (far from the slider).
    await expect(remove).toHaveAccessibleName('Remove run 2 (Momentum 0.75)')
    await expect(legend.getByText('Momentum 0.75')).toBeVisible()
    await page.clock.runFor(200)
    await expect(remove).toHaveAccessibleName(`Remove run 2 (${label})`)
    await expect(legend.getByText(label)).toBeVisible()
    await page.mouse.up()
    expect(errors).toEqual([])
  })
}

test('the sentences and charts a drag has run ahead of are dimmed until it pauses', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.clock.install()
  await page.goto('./')
  const summary = page.getByRole('region', { name: 'Results' })
  await expect(summary).toContainText('Momentum 0.75 reached the minimum')
  const dimmed = page.locator('[data-stale]')
  await expect(page.locator('.me-chart').first()).toBeVisible()
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  const box = (await page.getByRole('slider', { name: /^Momentum β, run 2/ }).boundingBox())!
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 })
  // Still about β = 0.75, and shown as such: dimmed, busy for a screen reader.
  await expect(summary).toContainText('Momentum 0.75 reached the minimum')
  await expect(summary).toHaveAttribute('aria-busy', 'true')
  await expect(summary).toHaveCSS('opacity', '0.6')
  await expect(dimmed).toHaveCount(3) // the sentences, the loss chart, the two step charts
  await page.mouse.up()
  await page.clock.runFor(1000)
  await expect(summary).not.toContainText('Momentum 0.75')
  await expect(dimmed).toHaveCount(0)
  await expect(summary).toHaveCSS('opacity', '1')
  expect(errors).toEqual([])
})

test('clicking the plot moves the start point and every run starts there', async ({ page }) => {
  await page.goto('./')
  const plot = page.getByRole('application')
  const box = (await plot.boundingBox())!
  const before = await dOf(page, 'r1')
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.8)
  const after = (await dOf(page, 'r1'))!
  expect(after).not.toBe(before)
  // The view is 640 × 400 in SVG units: a click at 25 % / 80 % starts both runs at (160, 320).
  expect(after).toMatch(/^M160(\.\d)?,320(\.\d)?L/)
  expect(await dOf(page, 'r2')).toMatch(/^M160(\.\d)?,320(\.\d)?L/)
})

test('Side by side shows one panel per run, with a shared step cursor', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Add run' }).click()
  await page.getByRole('radio', { name: 'Side by side' }).check()
  await expect(page.locator('.me-panel')).toHaveCount(3)
  await expect(page.locator('.me-panel path[data-trajectory]')).toHaveCount(3)
  await page.getByRole('button', { name: 'Step' }).click()
  await expect(page.locator('.me-panel .me-cursor')).toHaveCount(3)
  await page.screenshot({ path: 'test-results/explorer-split.png', fullPage: true })
})

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' })
  test('Play animates the runs step by step', async ({ page }) => {
    await page.goto('./')
    // The race plays once on load: pause it, and finish it quickly.
    await page.getByRole('button', { name: 'Pause' }).click()
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('300')
    await page.getByRole('button', { name: 'Play' }).click()
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 })
    const full = (await dOf(page, 'r1'))!
    await page.getByRole('button', { name: 'Play' }).click()
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
    // Part way: the readout is below the last step and the path is a prefix of the full one.
    const at = Number((await page.locator('.me-step-count').textContent())!.match(/step (\d+)/)![1])
    expect(at).toBeLessThan(600)
    const mid = (await dOf(page, 'r1'))!
    expect(mid.length).toBeLessThan(full.length)
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 })
    await expect(page.locator('.me-step-count')).toHaveText('step 600 / 600')
    expect(await dOf(page, 'r1')).toBe(full)
  })
})

test.describe('with prefers-reduced-motion', () => {
  test.use({ colorScheme: 'light' })
  test('Play shows the whole path at once, without animating', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('./')
    const full = (await dOf(page, 'r1'))!
    await page.getByRole('button', { name: 'Reset' }).click()
    expect(await dOf(page, 'r1')).not.toContain('L') // only the start is drawn
    await page.getByRole('button', { name: 'Play' }).click()
    const next = await page.evaluate(
      () =>
        new Promise<string | null>((r) =>
          requestAnimationFrame(() =>
            r(document.querySelector('path[data-trajectory="r1"]')!.getAttribute('d')),
          ),
        ),
    )
    expect(next).toBe(full)
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  })
})

test('the Share panel stays under the pointer while the results load', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  // The results' chunks wait until released, as on a slow machine.
  const held: Route[] = []
  let isHolding = true
  await page.route(/\/(Summary|LossChart|UpdateChart)-[^/]*\.js$/, (route) =>
    isHolding ? void held.push(route) : route.continue(),
  )
  await page.goto('./?runs=0,0.8')
  await expect(page.locator('path[data-trajectory]')).toHaveCount(2)
  await expect.poll(() => held.length).toBeGreaterThanOrEqual(2) // the summary and a chart
  const summary = page.getByText('Share, embed, download')
  await summary.scrollIntoViewIfNeeded()
  const before = (await summary.boundingBox())!.y
  isHolding = false
  for (const route of held) await route.continue()
  await expect(page.locator('.me-updates svg')).toHaveCount(2)
  await expect(page.getByRole('region', { name: 'Results' })).toBeVisible()
  expect((await summary.boundingBox())!.y).toBe(before)
})

test('Embed opens a dialog with the three snippets for the current state', async ({ page }) => {
  await page.goto('./?runs=0,0.8')
  await page.getByText('Share, embed, download').click()
  await page.getByRole('button', { name: 'Embed' }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this figure' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: /iframe/ })).toHaveValue(/runs=0,0\.8/)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})

test('phone width: the controls stack under the figure', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto('./')
  const plot = (await page.getByRole('application').boundingBox())!
  const controls = (await page.getByRole('complementary', { name: 'Controls' }).boundingBox())!
  expect(plot.width).toBeLessThanOrEqual(360)
  expect(controls.y).toBeGreaterThan(plot.y + plot.height)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(overflow).toBeLessThanOrEqual(360)
  await page.screenshot({ path: 'test-results/explorer-phone.png', fullPage: true })
})
