// Nothing breaks the page: diverging runs on every surface, functions undefined on part of the
// view, and malformed links. After each, the whole DOM (attributes, text, form values, open shadow
// roots and same-origin frames) must be free of "NaN" and "Infinity".
import { expect, test } from '@playwright/test'
import { collectErrors } from './collectErrors'
import { scanForNonFinite } from './scanDom'
import { runTrajectory, surfaces } from '../../src/core'

/** Console errors and uncaught exceptions while the test runs. */

const MOMENTA = [0, 0.999]
/** The page's runs at lr 10 (600 steps, from the surface's start), computed by the core. */
const runsAtLr10 = (surface: (typeof surfaces)[number]) =>
  MOMENTA.map((momentum) =>
    runTrajectory(surface, { start: surface.defaultStart, lr: 10, momentum, steps: 600 }),
  )

test('the DOM scan finds NaN in attributes, text, values and shadow roots', async ({ page }) => {
  await page.goto('./')
  expect(await scanForNonFinite(page)).toEqual([])
  await page.evaluate(() => {
    const host = document.createElement('div')
    const shadow = host.attachShadow({ mode: 'open' })
    shadow.innerHTML = '<p data-x="M0,NaN">x</p><span>Infinity</span><input value="NaN">'
    document.body.append(host)
  })
  expect(await scanForNonFinite(page)).toHaveLength(4) // the input counts twice: attribute and value
})

test('lr 10 makes a run diverge on every surface but the bounded one', () => {
  // 'wells' is a sum of Gaussian wells: flat far away, so a run flies off and stops instead.
  const calm = surfaces.filter((s) => runsAtLr10(s).every((t) => t.divergedAt === null))
  expect(calm.map((s) => s.id)).toEqual(['wells'])
})

for (const surface of surfaces) {
  test(`${surface.id}: lr 10 and momentum 0.999 match the core's "diverged at step k", no NaN in the DOM`, async ({
    page,
  }) => {
    const errors = collectErrors(page)
    await page.goto(`./?surface=${surface.id}&lr=10&runs=${MOMENTA.join(',')}`)
    const results = page.getByRole('region', { name: 'Results' })
    await expect(results.locator('li')).toHaveCount(MOMENTA.length)
    // The expected outcome comes from the core, run the way the page runs it.
    const runs = runsAtLr10(surface)
    for (const [i, t] of runs.entries()) {
      const summary = results.locator(`li[data-summary="r${i + 1}"]`)
      if (t.divergedAt === null) {
        await expect(summary).not.toContainText('diverged')
        continue
      }
      await expect(summary).toContainText(`diverged at step ${t.divergedAt}`)
      // The path is drawn up to where it leaves the view for good (its first point past the edge),
      // one pen command per point: it never crosses the plot between far-off points.
      const { x, y } = surface.domain
      const isInView = ([px, py]: readonly number[]) =>
        px! >= x[0] && px! <= x[1] && py! >= y[0] && py! <= y[1]
      let last = t.points.length - 1
      while (last > 0 && !isInView(t.points[last]!)) last--
      const d = (await page.locator(`path[data-trajectory="r${i + 1}"]`).getAttribute('d')) ?? ''
      expect(d.match(/[ML]/g)?.length ?? 0).toBe(Math.min(t.points.length, last + 2))
    }
    expect(await scanForNonFinite(page)).toEqual([])
    expect(errors).toEqual([])
  })
}

test('the custom element in a shadow root: a diverging run says so, no NaN inside', async ({
  page,
}) => {
  const errors = collectErrors(page)
  // A host page of our own (same origin as the bundle), so the element's open shadow root is used.
  await page.route('**/robustness-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body:
        '<!doctype html><html lang="en"><title>host</title>' +
        '<script type="module" src="./momentum-explorer.js"></script>' +
        '<momentum-explorer surface="saddle" lr="10" runs="0,0.999"></momentum-explorer></html>',
    }),
  )
  await page.goto('./robustness-host.html')
  await expect(
    page
      .locator('momentum-explorer')
      .getByText(/diverged at step \d+/)
      .first(),
  ).toBeVisible()
  expect(
    await page.evaluate(() => document.querySelector('momentum-explorer')?.shadowRoot?.mode),
  ).toBe('open')
  expect(await scanForNonFinite(page)).toEqual([])
  expect(errors).toEqual([])
})

for (const { f, share } of [
  { f: 'log(x)', share: '50 %' },
  { f: 'sqrt(1-x^2-y^2)', share: '97 %' },
]) {
  test(`f = ${f}, undefined on part of the view, is drawn and says where`, async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto(`./?f=${encodeURIComponent(f)}`)
    await expect(page.getByText(`f(x, y) = ${f}`)).toBeVisible()
    await expect(page.getByText(`f is undefined on ${share} of the view`)).toBeVisible()
    await expect(page.locator('.me-contours path').first()).toBeAttached()
    for (const id of ['r1', 'r2']) {
      const d = await page.locator(`path[data-trajectory="${id}"]`).getAttribute('d')
      expect(d).toMatch(/^M[\d.-]+,[\d.-]+/)
    }
    expect(await scanForNonFinite(page)).toEqual([])
    expect(errors).toEqual([])
  })
}

test('a malformed link shows the notice, the expression error and a drawable page', async ({
  page,
}) => {
  const errors = collectErrors(page)
  const q = 'surface=nope&lr=abc&runs=2,x,NaN&view=1,2&steps=Infinity&zzz=1'
  await page.goto(`./?${q}`)
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Some settings in the link were adjusted' })
  await expect(notice).toBeVisible()
  for (const text of [
    /surface 'nope' is unknown/,
    /lr 'abc' is not a number/,
    /unknown parameter 'zzz'/,
  ])
    await expect(notice.getByText(text)).toBeVisible()
  await expect(page.locator('path[data-trajectory]').first()).toBeAttached()
  // Notices quote the link's text, but never a NaN or Infinity of our own making.
  const found = (await scanForNonFinite(page)).filter((s) => !/'[^']*(NaN|Infinity)[^']*'/.test(s))
  expect(found).toEqual([])
  expect(errors).toEqual([])
})

test('a link with a broken expression shows where it is wrong and a stand-in surface', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto(`./?f=${encodeURIComponent('sin(x')}`)
  const editor = page.getByRole('region', { name: 'Your own function' })
  await expect(editor.getByText("expected ')' at end", { exact: true })).toBeVisible()
  await expect(editor.getByText(/This function cannot be drawn/)).toBeVisible()
  await expect(page.locator('path[data-trajectory]').first()).toBeAttached()
  expect(await scanForNonFinite(page)).toEqual([])
  expect(errors).toEqual([])
})
