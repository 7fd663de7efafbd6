// The custom surface tells the truth at first sight: a link whose f cannot be drawn says so above
// the plot, with the parser's positioned error, and a valid bowl offers the β its Hessian suggests.
import { expect, test } from '@playwright/test'
import { collectErrors } from './collectErrors'

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })

    test('an invalid f in the link: a notice with the positioned error, on the first screen', async ({
      page,
    }) => {
      const errors = collectErrors(page)
      await page.goto('./?surface=custom&f=x%5E2%2B')
      const notice = page.getByRole('status', { name: /The function f could not be drawn/ })
      await expect(notice).toBeVisible({ timeout: 10_000 })
      await expect(notice).toContainText('the plot shows the Ravine surface instead')
      await expect(notice.getByText('missing operand at end')).toBeVisible()
      // The echo marks the place just after "x^2+", where an operand is missing: column 4.
      await expect(notice.locator('code')).toHaveText('x^2+ ')
      await expect(notice.locator('mark')).toHaveText(' ')
      await expect(notice.locator('.me-expr-caret')).toHaveText('    ^')
      const box = (await notice.boundingBox())!
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
      // Edit f leads to the field, wherever the editor is on this screen.
      await notice.getByRole('button', { name: 'Edit f' }).click()
      const field = page.getByRole('textbox', { name: 'f(x, y) =' })
      await expect(field).toBeFocused()
      await expect(field).toBeInViewport()
      // Fixing it removes the notice.
      await field.fill('x^2 + 10*y^2')
      await page.getByRole('button', { name: 'Apply' }).click()
      await expect(notice).toHaveCount(0)
      expect(errors).toEqual([])
    })

    test('a bowl offers the β its Hessian suggests, and the button applies it', async ({
      page,
    }) => {
      const errors = collectErrors(page)
      await page.goto('./?surface=custom&f=x%5E2%2B10*y%5E2&runs=0,0.9')
      const hint = page.getByText(/β ≈ 0\.27 suits this bowl; 0\.9 is too much\./)
      await expect(hint).toBeVisible({ timeout: 10_000 })
      await expect(hint).toContainText('curvatures are 2 and 20 (κ = 10)')
      await expect(page.getByRole('slider', { name: /^Learning rate/ })).toHaveAttribute(
        'aria-valuetext',
        /0\.097/,
      )
      await page.getByRole('button', { name: 'Use β = 0.27 for momentum 0.9' }).click()
      const slider = page.getByRole('slider', { name: /^Momentum β, run 2/ })
      await expect(slider).toHaveAttribute('aria-valuetext', /0\.27/)
      await expect(page.getByText(/0\.27 is about right\./)).toBeVisible()
      await expect(page).toHaveURL(/runs=0%2C0\.27|runs=0,0\.27/)
      expect(errors).toEqual([])
    })
  })
}

test('no hint where the Hessian at the minimum is singular (x^4 + y^2)', async ({ page }) => {
  await page.goto('./?surface=custom&f=x%5E4%2By%5E2')
  await expect(page.getByText('Drawing')).toBeVisible({ timeout: 10_000 })
  await expect(page.getByText(/suits this bowl|already suits it/)).toHaveCount(0)
})
