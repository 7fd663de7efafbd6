// The guided story (issue #22): walked forwards with Next and backwards with the keyboard, opened
// at any step from its link, by touch, on a phone, with and without motion, and checked by axe.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { collectErrors } from './collectErrors'

const TITLES = [
  'Gradient descent uses only the current gradient',
  'The zig-zag',
  'The moving average',
  'Faster',
  'A real model',
  'Too much',
  'Too little',
  'Where the slogan stops',
]

/** The step shown: its heading, the progress and the link all say step n, with finite numbers. */
async function expectStep(page: Page, n: number) {
  await expect(page.locator('.me-story-step > h2')).toHaveText(`${n}. ${TITLES[n - 1]}`)
  await expect(page.getByText(`Step ${n} of 8`)).toBeVisible()
  await expect(page.getByRole('button', { name: `Step ${n}: ${TITLES[n - 1]}` })).toHaveAttribute(
    'aria-current',
    'step',
  )
  await expect(page).toHaveURL(new RegExp(`[?&]story=${n}(&|$)`))
  const text = page.locator('.me-story-text')
  await expect(text.locator('p').first()).not.toBeEmpty()
  await expect(text).not.toContainText(/NaN|Infinity|undefined/)
}

test('Next walks the whole story forwards; ← walks it back; the step list jumps', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const errors = collectErrors(page)
  await page.goto('./?story=1')
  await expectStep(page, 1)
  await expect(page.getByRole('button', { name: '← Back' })).toBeDisabled()
  for (let n = 2; n <= 8; n++) {
    await page.getByRole('button', { name: 'Next →' }).click()
    await expectStep(page, n)
  }
  await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled()
  for (let n = 7; n >= 1; n--) {
    await page.keyboard.press('ArrowLeft')
    await expectStep(page, n)
  }
  await page.getByRole('button', { name: 'Step 6: Too much' }).click()
  await expectStep(page, 6)
  await expect(page.locator('path[data-trajectory]')).toHaveCount(3)
  expect(errors).toEqual([])
})

test('arrow keys in a slider move the slider, not the story', async ({ page }) => {
  await page.goto('./?story=3')
  await expectStep(page, 3)
  const slider = page.getByRole('slider', { name: 'Momentum β, run 2' })
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await expect(slider).toHaveAttribute('aria-valuetext', /0\.76/)
  await expectStep(page, 3)
})

for (let n = 1; n <= 8; n++) {
  test(`?story=${n} opens step ${n} in its state`, async ({ page }) => {
    await page.goto(`./?story=${n}`)
    await expectStep(page, n)
    await expect(page.locator('path[data-trajectory]').first()).toBeAttached()
    await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible()
  })
}

test('a link with a state inside a step keeps it', async ({ page }) => {
  await page.goto('./?story=4&runs=0,0.5')
  await expectStep(page, 4)
  await expect(page.locator('.me-story-text')).toContainText('Momentum 0.5 reached the minimum')
})

test('with motion, a step plays its race; under reduced motion it shows the end at once', async ({
  page,
}) => {
  await page.goto('./?story=3')
  await expect(page.getByText('step 600 / 600')).toBeVisible()
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.getByRole('button', { name: 'Next →' }).click()
  await expectStep(page, 4)
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true })
  test('tapping moves through the story and nothing is wider than the screen', async ({ page }) => {
    await page.goto('./?story=2')
    await expectStep(page, 2)
    await page.getByRole('button', { name: 'Next →' }).tap()
    await expectStep(page, 3)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(375)
  })
})

for (let n = 1; n <= 8; n++) {
  test(`axe: no serious or critical violation on story step ${n}`, async ({ page }) => {
    test.setTimeout(90_000)
    await page.goto(`./?story=${n}`)
    await expectStep(page, n)
    const { violations } = await new AxeBuilder({ page }).analyze()
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(' ')}`)).toEqual([])
  })
}

test('the page offers the story; leaving it keeps the figure’s state', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('link', { name: /take the guided story/i }).click()
  await expectStep(page, 1)
  await page.getByRole('link', { name: 'Leave the story and explore freely' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Momentum Explorer' })).toBeVisible()
  await expect(page.locator('path[data-trajectory]')).toHaveCount(1)
})

test('by keyboard alone: Tab reaches Next with a visible focus, Enter moves on', async ({
  page,
}) => {
  await page.goto('./?story=2')
  await expectStep(page, 2)
  const next = page.getByRole('button', { name: 'Next →' })
  for (let i = 0; i < 20 && !(await next.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(next).toBeFocused()
  expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')
  await page.keyboard.press('Enter')
  await expectStep(page, 3)
  await page.keyboard.press('ArrowRight') // focus is on a button: the arrow moves the story
  await expectStep(page, 4)
})
