import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { collectErrors } from './collectErrors'

const PRESET = './?surface=logreg&batch=40&steps=30&lr=0.1&runs=0,0.9'

test('the real-model preset shows both training charts and the contours; Momentum drives the charts', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto(PRESET)
  const panel = page.getByRole('region', { name: 'Training curves' })
  const loss = panel.getByRole('figure', { name: /training loss/i })
  const accuracy = panel.getByRole('figure', { name: /test accuracy/i })
  await expect(loss.locator('path[data-epoch-line]')).toHaveCount(2)
  await expect(accuracy.locator('path[data-epoch-line]')).toHaveCount(2)
  await expect(page.locator('.me-contours path').first()).toBeAttached()
  expect(await page.locator('.me-contours path').count()).toBeGreaterThan(5)
  await expect(panel.getByText(/^After 30 epochs, momentum 0\.9 reached/)).toBeVisible()

  const lossLine = loss.locator('path[data-epoch-line="r2"]')
  const accuracyLine = accuracy.locator('path[data-epoch-line="r2"]')
  const before = [await lossLine.getAttribute('d'), await accuracyLine.getAttribute('d')]
  const slider = page.getByRole('slider', { name: /^Momentum β, run 2/ })
  const box = (await slider.boundingBox())!
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 })
  await page.mouse.up()
  await expect(lossLine).not.toHaveAttribute('d', before[0]!)
  await expect(accuracyLine).not.toHaveAttribute('d', before[1]!)
  await expect(panel.getByText(/momentum 0\.[0-8]\d*/).first()).toBeVisible()

  // Hovering a chart puts the epoch cursor on both charts and the step cursor on the contours.
  await loss.locator('svg').hover() // the middle of the chart: epoch 13 of 30
  await expect(panel.locator('.me-step-cursor')).toHaveCount(2)
  await expect(panel.getByRole('slider', { name: /Epoch cursor/ }).first()).toHaveAttribute(
    'aria-valuetext',
    /^epoch 1[234]: Gradient descent: \d.*, Momentum 0\.\d+: \d/,
  )
  await expect(page.locator('.me-stage .me-cursor').first()).toBeAttached()
  // The arrow keys move the cursor too; a focused chart keeps it for the screenshot.
  const cursorSlider = panel.getByRole('slider', { name: /Epoch cursor: Training loss/ })
  await cursorSlider.focus()
  const at = Number(await cursorSlider.getAttribute('aria-valuenow'))
  await page.keyboard.press('ArrowRight')
  await expect(cursorSlider).toHaveAttribute('aria-valuenow', String(at + 1))
  await page.screenshot({ path: 'test-results/models.png', fullPage: true })
  expect(errors).toEqual([])
})

test('the scaling toggle switches to the standardised feature', async ({ page }) => {
  await page.goto(PRESET)
  const panel = page.getByRole('region', { name: 'Training curves' })
  await panel.getByRole('checkbox', { name: 'Standardise the feature' }).check()
  await expect(page).toHaveURL(/surface=logreg-scaled/)
  await expect(panel.getByRole('checkbox', { name: 'Standardise the feature' })).toBeChecked()
  await expect(panel.locator('path[data-epoch-line]')).toHaveCount(4)
})

test('the training panel has no accessibility violations', async ({ page }) => {
  await page.goto(PRESET)
  await expect(page.getByRole('region', { name: 'Training curves' })).toBeVisible()
  const scan = await new AxeBuilder({ page }).include('.me-model').analyze()
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})
