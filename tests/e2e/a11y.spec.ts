// Accessibility: axe finds no serious or critical violation on every page we ship; the page works
// by keyboard alone with a visible focus; screen readers hear the run summaries change.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const hasArticle = existsSync(fileURLToPath(new URL('../../dist/article.html', import.meta.url)))

/** Serious and critical violations, one readable line per offending node. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`),
    )
}

const PAGES: { name: string; url: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'the page',
    url: './',
    ready: (page) => expect(page.locator('path[data-trajectory]')).toHaveCount(2),
  },
  {
    name: 'the embed',
    url: './?embed=1&controls=momentum,lr,play',
    ready: (page) => expect(page.locator('path[data-trajectory]')).toHaveCount(2),
  },
  {
    name: 'the custom surface',
    url: './?f=x^2%2B10*y^2',
    ready: (page) => expect(page.getByText('f(x, y) = x^2+10*y^2')).toBeVisible(),
  },
  {
    name: 'the custom surface with a mistake marked',
    url: `./?f=${encodeURIComponent('sin(x))')}`,
    // Marked twice: in the notice above the plot and in the editor.
    ready: (page) => expect(page.getByText("unexpected ')' at 6", { exact: true })).toHaveCount(2),
  },
  {
    name: 'the tuning map',
    url: './?map=1',
    ready: (page) =>
      expect(page.locator('.me-map[data-state="ready"]')).toBeVisible({ timeout: 45_000 }),
  },
]

test('the axe check itself reports a serious violation when there is one', async ({ page }) => {
  await page.goto('./')
  await page.evaluate(() =>
    document.querySelector('main')!.append(document.createElement('button')),
  )
  expect((await seriousViolations(page)).join('\n')).toMatch(/^button-name \(critical\)/m)
})

for (const { name, url, ready } of PAGES) {
  test(`axe: no serious or critical violation on ${name}`, async ({ page }) => {
    test.setTimeout(90_000) // the tuning map takes a while on a busy machine
    await page.goto(url)
    await ready(page)
    expect(await seriousViolations(page)).toEqual([])
  })
}

test('axe: no serious or critical violation on the sample article', async ({ page }) => {
  // `npm run build` always builds the sample article: its absence is a failure, not a skip.
  expect(hasArticle, 'dist/article.html was built').toBe(true)
  test.info().annotations.push({ type: 'article', description: 'dist/article.html scanned' })
  await page.goto('./article.html')
  await expect(page.locator('momentum-explorer').locator('path[data-trajectory]')).not.toHaveCount(
    0,
  )
  await expect(
    page.frameLocator('iframe').first().locator('path[data-trajectory]').first(),
  ).toBeAttached()
  expect(await seriousViolations(page)).toEqual([])
})

/** The focused element, looking inside shadow roots, described for messages and matching. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    return {
      key: el.getAttribute('data-a11y-key'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      label: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? ''}`,
    }
  })

for (const { name, url } of [
  { name: 'the page', url: './' },
  { name: 'the custom surface', url: './?f=x^2%2B10*y^2' },
]) {
  test(`${name}: Tab reaches every control, each with a visible focus outline`, async ({
    page,
  }) => {
    await page.goto(url)
    await expect(page.locator('path[data-trajectory]')).toHaveCount(2)
    // Open the share panel (its controls load on first open) and let them arrive before counting.
    await page.getByText('Share, embed, download').click()
    await expect(page.getByRole('button', { name: /share|copy link/i }).first()).toBeVisible()
    // One tab stop per control; a radio group is one stop (arrow keys move inside it).
    const total = await page.evaluate(() => {
      const selector =
        'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]'
      const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) => !el.hasAttribute('disabled') && el.tabIndex >= 0 && el.getClientRects().length > 0,
      )
      const keys = new Set<string>()
      controls.forEach((el, i) => {
        const radio = el instanceof HTMLInputElement && el.type === 'radio' && el.name !== ''
        const key = radio ? `radio:${el.name}` : String(i)
        el.setAttribute('data-a11y-key', key)
        keys.add(key)
      })
      return keys.size
    })
    expect(total).toBeGreaterThan(10)
    const reached = new Set<string>()
    const unfocusable: string[] = []
    for (let i = 0; i < total * 2 + 10 && reached.size < total; i++) {
      await page.keyboard.press('Tab')
      const f = await focused(page)
      if (!f?.key) continue
      reached.add(f.key)
      if (!f.outline) unfocusable.push(f.label)
    }
    const missed = await page.evaluate(
      (keys) =>
        [...document.querySelectorAll<HTMLElement>('[data-a11y-key]')]
          .filter((el) => !keys.includes(el.getAttribute('data-a11y-key')!))
          .map((el) => {
            const label =
              el.getAttribute('aria-label') ??
              (el as HTMLInputElement).labels?.[0]?.textContent ??
              ''
            return `${el.outerHTML.slice(0, 80)} (${label || el.textContent?.slice(0, 30)})`
          }),
      [...reached],
    )
    expect(missed).toEqual([])
    expect(unfocusable).toEqual([]) // focused, but with no outline to see
  })
}

test('the momentum slider moves with the arrow keys; the path and the live summary follow', async ({
  page,
}) => {
  await page.goto('./')
  const slider = page.getByRole('slider', { name: /^Momentum β, run 2/ })
  const path = page.locator('path[data-trajectory="r2"]')
  const results = page.getByRole('region', { name: 'Results' })
  await expect(results).toHaveAttribute('aria-live', 'polite')
  const [before, summaryBefore, valueBefore] = [
    await path.getAttribute('d'),
    await results.textContent(),
    await slider.inputValue(),
  ]
  await slider.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft')
  await expect(slider).not.toHaveValue(valueBefore)
  await expect(path).not.toHaveAttribute('d', before!)
  await expect(results).not.toHaveText(summaryBefore!)
  await expect(results.locator('li[data-summary="r2"]')).not.toContainText('Momentum 0.75:')
})
