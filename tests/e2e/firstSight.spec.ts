// What a first-time visitor sees: the race playing, and at 1280×800 the plot, Play, a Momentum
// slider and the comparing sentence on the first screen; on a phone the plot beside the slider.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { collectErrors } from './collectErrors'

const inViewport = async (page: Page, loc: Locator) => {
  const box = await loc.boundingBox()
  const { width, height } = page.viewportSize()!
  if (!box) return false
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width
}

/** Vertical travel of a run's path, in pixels: the ravine's across-valley direction is y. */
const acrossTravel = (page: Page, id: string) =>
  page.locator(`path[data-trajectory="${id}"]`).evaluate((el) => {
    const pts = [...(el.getAttribute('d') ?? '').matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) =>
      Number(m[1]),
    )
    let total = 0
    for (let k = 1; k < pts.length; k++) total += Math.abs(pts[k]! - pts[k - 1]!)
    return total
  })

/** Every visible text element's computed font size, smallest first (HTML text, not charts). */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    let smallest = { size: Infinity, text: '' }
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement
      if (!el || !n.textContent?.trim() || el.closest('svg')) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      if (size < smallest.size) smallest = { size, text: n.textContent.trim().slice(0, 40) }
    }
    return smallest
  })

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the plot, Play, a Momentum slider and the comparing sentence fit the first screen', async ({
    page,
  }) => {
    const errors = collectErrors(page)
    await page.goto('./')
    const sentence = page.locator('.me-comparison')
    await expect(sentence).toHaveText(/Momentum 0\.75 reached the minimum [\d.]+× sooner/)
    for (const loc of [
      page.locator('svg.me-plot'),
      page.getByRole('button', { name: 'Play' }),
      page.getByRole('slider', { name: /^Momentum β, run 2/ }),
      sentence,
    ])
      expect(await inViewport(page, loc), await loc.evaluate((e) => e.outerHTML.slice(0, 60))).toBe(
        true,
      )
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
    expect((await smallestText(page)).size).toBeGreaterThanOrEqual(11)
    await page.screenshot({ path: 'test-results/first-sight-1280.png' })
    expect(errors).toEqual([])
  })

  test('the default picture: GD zig-zags across several times as far; momentum arrives sooner', async ({
    page,
  }) => {
    await page.goto('./')
    const [gd, momentum] = [await acrossTravel(page, 'r1'), await acrossTravel(page, 'r2')]
    expect(gd).toBeGreaterThan(3 * momentum)
    const text = (await page.locator('[data-summary="r1"]').textContent())!
    const gdSteps = Number(/converged in (\d+) steps/.exec(text)![1])
    const mText = (await page.locator('[data-summary="r2"]').textContent())!
    expect(Number(/converged in (\d+) steps/.exec(mText)![1]) * 5).toBeLessThan(gdSteps)
    await expect(page.locator('.me-preset-story')).toContainText('Zig-zag valley')
  })

  test('Tab reaches a Momentum slider within ten stops; keys move β in steps of β', async ({
    page,
  }) => {
    await page.goto('./')
    // Count from the whole first screen: a Tab before the page has mounted lands nowhere, and the
    // presets (their own chunk) add stops once they arrive.
    await expect(page.getByRole('button', { name: 'Zig-zag valley' })).toBeVisible()
    let stops = 0
    for (; stops < 10; stops++) {
      await page.keyboard.press('Tab')
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
      if (name?.startsWith('Momentum β')) break
    }
    expect(stops).toBeLessThan(10)
    const slider = page.getByRole('slider', { name: /^Momentum β, run 2/ })
    await slider.focus()
    const beta = () => slider.getAttribute('aria-valuetext')
    await page.keyboard.press('ArrowRight')
    await expect.poll(beta).toBe('β = 0.76')
    await page.keyboard.press('PageDown')
    await expect.poll(beta).toBe('β = 0.66')
    await page.keyboard.press('End')
    await expect.poll(beta).toBe('β = 0.999')
    await page.keyboard.press('Home')
    await expect.poll(beta).toBe('β = 0')
  })
})

test.describe('at 375×812', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true })

  test('the plot stays on screen beside the Momentum slider; presets take one row', async ({
    page,
  }) => {
    const errors = collectErrors(page)
    await page.goto('./')
    const slider = page.getByRole('slider', { name: /^Momentum β, run 2/ })
    await slider.scrollIntoViewIfNeeded()
    expect(await inViewport(page, slider)).toBe(true)
    expect(await inViewport(page, page.locator('svg.me-plot'))).toBe(true)
    expect(await inViewport(page, page.getByRole('button', { name: 'Play' }))).toBe(true)
    const presets = await page.getByRole('toolbar', { name: 'Presets' }).boundingBox()
    expect(presets!.height).toBeLessThan(60)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
    expect((await smallestText(page)).size).toBeGreaterThanOrEqual(11)
    await page.screenshot({ path: 'test-results/first-sight-375.png' })
    expect(errors).toEqual([])
  })
})

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' })
  test('the race plays once on load, then rests on the whole path', async ({ page }) => {
    await page.goto('./')
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
    const at = Number((await page.locator('.me-step-count').textContent())!.match(/step (\d+)/)![1])
    expect(at).toBeLessThan(600)
    await expect(page.locator('.me-step-count')).toHaveText('step 600 / 600', { timeout: 20_000 })
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  })
})

test('under reduced motion the end state shows at once', async ({ page }) => {
  await page.goto('./')
  await expect(page.locator('.me-step-count')).toHaveText('step 600 / 600')
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
})

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  test(`at ${viewport.width} px the race does not jump when the presets arrive`, async ({
    browser,
  }) => {
    const top = async (held: boolean) => {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' })
      const page = await context.newPage()
      // Held: the toolbar's chunk never answers, so the page keeps its placeholder row.
      if (held) await page.route(/\/Presets-[^/]*\.js$/, () => {})
      await page.goto(test.info().project.use.baseURL!)
      await expect(page.locator('path[data-trajectory]').first()).toBeAttached()
      const buttons = page.locator('.me-presets button')
      if (held) await expect(buttons).toHaveCount(0)
      else await expect(buttons.first()).toBeVisible()
      const y = (await page.locator('.me-plot-wrap').first().boundingBox())!.y
      await context.close()
      return y
    }
    expect(await top(true)).toBe(await top(false))
  })
}
