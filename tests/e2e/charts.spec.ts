import { expect, test, type Page } from '@playwright/test'

// GD diverges past its stability limit on the ravine (2 / 100); momentum 0.9 converges.
const DIVERGING = './?surface=ravine&start=-8,1&lr=0.0215&runs=0,0.9'

/** Each visible piece of text in the charts and over the plot, with its size in CSS pixels. */
function textSizes(page: Page) {
  return page.evaluate(() => {
    const out: { text: string; px: number }[] = []
    const roots = document.querySelectorAll('.me-chart, .me-plot-wrap, .me-map-view')
    for (const root of roots)
      for (const el of root.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())
        if (!own || el.getClientRects().length === 0) continue
        const svg = el instanceof SVGElement ? el.ownerSVGElement : null
        // An SVG is drawn scaled by its CSS width over its viewBox width.
        const viewBox = svg?.viewBox.baseVal
        const scale = svg && viewBox?.width ? svg.getBoundingClientRect().width / viewBox.width : 1
        const px = parseFloat(getComputedStyle(el).fontSize) * scale
        out.push({ text: (el.textContent ?? '').trim().slice(0, 40), px })
      }
    return out
  })
}

for (const [width, height] of [
  [1280, 800],
  [375, 812],
] as const) {
  test.describe(`charts at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } })

    test('no text in the charts or over the plot is under 11 px, and a diverged run is labelled', async ({
      page,
    }) => {
      await page.goto(DIVERGING)
      const label = page
        .locator('.me-plot-wrap')
        .getByText(/^Gradient descent diverged at step \d+$/)
      await expect(label).toBeVisible()
      // The label sits inside the plot, not cut off at its edge.
      const plot = await page.locator('.me-plot-wrap').boundingBox()
      const box = await label.boundingBox()
      expect(plot && box).toBeTruthy()
      if (plot && box) {
        expect(box.x).toBeGreaterThanOrEqual(plot.x - 0.5)
        expect(box.x + box.width).toBeLessThanOrEqual(plot.x + plot.width + 0.5)
        expect(box.y).toBeGreaterThanOrEqual(plot.y - 0.5)
        expect(box.y + box.height).toBeLessThanOrEqual(plot.y + plot.height + 0.5)
      }
      // Show the cursor (and with it the arrows' key and the readout) before measuring.
      await page.getByRole('button', { name: 'Step', exact: true }).click()
      const loss = page.getByRole('slider', { name: /step cursor on the loss chart/i })
      await loss.focus()
      await loss.press('PageUp')
      await expect(page.getByText(/^Step 10: Gradient descent/)).toBeVisible()
      await expect(page.getByRole('list', { name: /arrows at the cursor/i })).toBeVisible()
      await expect(page.locator('.me-updates svg')).toHaveCount(2)
      const sizes = await textSizes(page)
      expect(sizes.length).toBeGreaterThan(20)
      expect(sizes.filter((s) => s.px < 10.99)).toEqual([])
      expect(sizes.map((s) => s.text)).toContain('step')
    })

    test('the tuning map’s axes and labels are 11 px or more, beside or under Play', async ({
      page,
    }) => {
      await page.goto('./?map=1')
      await expect(page.locator('.me-map[data-state="ready"]')).toBeAttached({ timeout: 45_000 })
      const sizes = await textSizes(page)
      expect(sizes.map((s) => s.text)).toContain('Momentum β →')
      expect(sizes.filter((s) => s.px < 10.99)).toEqual([])
      // Play stays right under the plot with the map open, not pushed below the map.
      const plot = (await page.locator('.me-plot-wrap').boundingBox())!
      const play = (await page.getByRole('button', { name: 'Play' }).boundingBox())!
      expect(play.y - (plot.y + plot.height)).toBeLessThan(40)
    })
  })
}

test.describe('training charts on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } })

  test('their labels are 11 px or more too', async ({ page }) => {
    await page.goto('./?surface=logreg&batch=40&steps=30&lr=0.1&runs=0,0.9')
    await expect(page.locator('.me-model-chart svg path[data-epoch-line]').first()).toBeVisible()
    const sizes = await textSizes(page)
    expect(sizes.map((s) => s.text)).toContain('epoch')
    expect(sizes.filter((s) => s.px < 10.99)).toEqual([])
  })
})

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true })

  test('a tap on the loss chart leaves a cursor and its readout', async ({ page }) => {
    await page.goto(DIVERGING)
    const loss = page.getByRole('slider', { name: /step cursor on the loss chart/i })
    await loss.scrollIntoViewIfNeeded()
    await loss.tap({ position: { x: 150, y: 60 } })
    await expect(loss.locator('.me-step-cursor')).toHaveCount(1) // a line: no box to be 'visible'
    await expect(page.getByText(/^Step \d+: Gradient descent/)).toBeVisible()
    await page.waitForTimeout(300) // a lifted finger must not take the cursor away a moment later
    await expect(loss.locator('.me-step-cursor')).toHaveCount(1) // a line: no box to be 'visible'
  })
})
