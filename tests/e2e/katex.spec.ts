// Formulas (issue #22): KaTeX loads only when a formula is shown, typesets under the strict CSP
// with its self-hosted fonts, and leaves MathML for screen readers.
import { expect, test, type Page } from '@playwright/test'
import { cspServerForFile } from './cspServer'

const server = cspServerForFile()

/** CSP violations and console errors from now on. */
async function watch(page: Page) {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text()))
      problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    ),
  )
  return problems
}

const loadedKatexFonts = (page: Page) =>
  page.evaluate(() => {
    const loaded: string[] = []
    document.fonts.forEach((f) => {
      if (f.family.includes('KaTeX') && f.status === 'loaded') loaded.push(f.family)
    })
    return loaded.length
  })

test('the page loads no KaTeX until "How the update rules work" is opened', async ({ page }) => {
  const problems = await watch(page)
  const asked: string[] = []
  page.on('request', (r) => asked.push(r.url()))
  await page.goto(server.url())
  await expect(page.locator('path[data-trajectory]')).toHaveCount(2)
  expect(asked.filter((u) => /renderTex|KaTeX/.test(u))).toEqual([])
  // The panel sits below the charts: click it once they are in, not while they push it down.
  await expect(page.locator('.me-updates svg')).toHaveCount(2)
  await page.getByText('How the update rules work').click()
  const explain = page.locator('.me-explain')
  // Two chunks and a font on a loaded machine: readiness waits, not a speed claim.
  await expect(explain.locator('.katex-html').first()).toBeVisible({ timeout: 30_000 })
  await expect(explain.locator('.katex-mathml math')).toHaveCount(5)
  await expect.poll(() => loadedKatexFonts(page)).toBeGreaterThan(0)
  expect(problems).toEqual([])
})

test('a story step typesets its formulas under the strict CSP, with MathML for screen readers', async ({
  page,
}) => {
  const problems = await watch(page)
  await page.goto(`${server.url()}?story=8`)
  const formulas = page.locator('.me-story-formulas')
  await expect(formulas.locator('.katex-html')).toHaveCount(3)
  await expect(formulas.locator('.katex-html').first()).toBeVisible()
  // The plain-text stand-ins give way once typeset; the MathML is what is read out.
  await expect(formulas.locator('.me-formula')).toHaveCount(0)
  await expect(formulas.locator('.katex-mathml math annotation').first()).toHaveText(/\\beta\\,v_k/)
  await expect.poll(() => loadedKatexFonts(page)).toBeGreaterThan(0)
  expect(problems).toEqual([])
})
