// The digits network page: trains in a worker, then shows both runs on the loss landscape, the
// two training charts and the sentences that state the results, with nothing non-finite anywhere.
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { collectErrors } from './collectErrors'

test.setTimeout(120_000) // two runs of 30 epochs on a shared, busy machine

test('?surface=digits&runs=0,0.9 trains both runs and shows paths, charts and sentences', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('./?surface=digits&runs=0,0.9')
  await expect(page.getByRole('status').filter({ hasText: /^Trained\.$/ })).toBeVisible({
    timeout: 90_000,
  })
  const paths = page.locator('path[data-trajectory]')
  await expect(paths).toHaveCount(2)
  await expect(paths.nth(0)).toHaveAttribute('aria-label', 'Gradient descent')
  await expect(paths.nth(1)).toHaveAttribute('aria-label', 'Momentum 0.9')
  expect(await page.locator('.me-digits-plane .me-contours path').count()).toBeGreaterThan(5)
  await expect(page.getByText(/refining/)).toHaveCount(0)

  const panel = page.getByRole('region', { name: 'Training curves' })
  for (const name of [/training loss/i, /test accuracy/i]) {
    await expect(panel.getByRole('figure', { name }).locator('path[data-epoch-line]')).toHaveCount(
      2,
    )
  }
  await expect(panel.getByText(/^After 30 epochs, .* reached a training loss of/)).toBeVisible()
  await expect(
    page.getByText(/holds \d+ % of the variance .* distances off the plane are not shown/),
  ).toBeVisible()
  await expect(page.getByText(/CC BY 4\.0/)).toBeVisible()

  // Hovering a chart marks that epoch on both paths.
  await panel
    .getByRole('figure', { name: /training loss/i })
    .locator('svg')
    .hover()
  await expect(page.locator('.me-digits-cursor')).toHaveCount(2)
  // And hovering a path's end moves the charts' cursor to the last epoch.
  await paths.nth(1).scrollIntoViewIfNeeded()
  const end = (await paths.nth(1).evaluate((el: SVGPathElement) => {
    const p = el.getPointAtLength(el.getTotalLength())
    const m = el.getScreenCTM()!
    return { x: p.x * m.a + m.e, y: p.y * m.d + m.f }
  })) as { x: number; y: number }
  await page.mouse.move(end.x, end.y)
  await expect(panel.getByRole('slider', { name: /training loss/i })).toHaveAttribute(
    'aria-valuenow',
    '30',
  )

  const nonFinite = await page.evaluate(() => {
    const re = /NaN|Infinity/
    const bad: string[] = []
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (re.test(a.value)) bad.push(`${el.tagName}[${a.name}]`)
      for (const n of el.childNodes)
        if (n.nodeType === Node.TEXT_NODE && re.test(n.nodeValue ?? '')) bad.push(el.tagName)
    }
    return bad
  })
  expect(nonFinite).toEqual([])
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  await page.screenshot({ path: 'test-results/digits.png', fullPage: true })
  expect(errors).toEqual([])
})

test('a change retrains and writes the URL; a bad link value is adjusted with a notice', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('./?surface=digits&runs=0,0.9&steps=3&batch=abc')
  await expect(page.getByText(/batch 'abc' is not a number/)).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Trained\.$/ })).toBeVisible({
    timeout: 60_000,
  })
  await expect(page.getByText(/^After 3 epochs/)).toBeVisible()
  // The plot downloads as a standalone SVG with both paths and no non-finite number.
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the plot (SVG)' }).click(),
  ])
  const svg = readFileSync((await svgFile.path())!, 'utf8')
  expect(svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  expect(svg.match(/data-trajectory=/g)).toHaveLength(2)
  expect(svg).not.toMatch(/NaN|Infinity/)
  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the curves (CSV)' }).click(),
  ])
  const csv = readFileSync((await csvFile.path())!, 'utf8')
    .trim()
    .split('\n')
  expect(csv[0]).toBe('run,epoch,train_loss,train_accuracy,test_loss,test_accuracy')
  expect(csv).toHaveLength(1 + 2 * 4) // epochs 0–3 of two runs
  const epochs = page.getByLabel('Epochs')
  await epochs.fill('4')
  await epochs.press('Enter')
  await expect(page).toHaveURL(/steps=4/)
  await expect(page.getByText(/^After 4 epochs/)).toBeVisible({ timeout: 60_000 })
  expect(errors).toEqual([])
})

test('the preset "Training a real network" opens the digits page from the 2D page', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('./')
  await page
    .getByRole('toolbar', { name: 'Presets' })
    .getByRole('link', { name: 'Training a real network' })
    .click()
  await expect(page).toHaveURL(/surface=digits&runs=0,0\.9/)
  await expect(page.getByRole('link', { name: 'Back to the 2D race' })).toBeVisible()
  await expect(page.getByRole('slider', { name: /^Momentum β, run 2/ })).toHaveValue('0.9')
  expect(errors).toEqual([])
})
