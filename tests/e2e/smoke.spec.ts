import { expect, test } from '@playwright/test'

test('the built page draws the contours and both trajectories, with no console errors', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('./')
  const paths = page.locator('path[data-trajectory]')
  await expect(paths).toHaveCount(2)
  await expect(page.getByRole('img', { name: 'Gradient descent' })).toBeVisible()
  await expect(page.getByRole('img', { name: /^Momentum 0\.75/ })).toBeVisible()
  for (const d of await paths.evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''))) {
    expect(d.split('L').length).toBeGreaterThan(30) // sub-pixel steps are drawn once
    expect(d).not.toMatch(/NaN|Infinity/)
  }
  expect(await page.locator('.me-contours path').count()).toBeGreaterThan(5)
  await page.screenshot({ path: 'test-results/smoke.png', fullPage: true })
  expect(errors).toEqual([])
})
