// The built site under a strict Content-Security-Policy (no inline or foreign scripts): served by
// scripts/serve-csp.mjs with the header, every page must draw its runs without a single violation.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serveCsp, STRICT_CSP } from '../../scripts/serve-csp.mjs'

const hasArticle = existsSync(fileURLToPath(new URL('../../dist/article.html', import.meta.url)))

let server: Awaited<ReturnType<typeof serveCsp>>
test.beforeAll(async () => {
  server = await serveCsp()
})
test.afterAll(async () => {
  await server.close()
})

/** Records CSP violations in every frame (init scripts run before the page's own code). */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile})`),
    )
  })
  const logged: string[] = []
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') logged.push(m.text())
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return {
    /** Violations from every frame, and console messages that mention the policy. */
    async problems() {
      const events = await Promise.all(
        page
          .frames()
          .map((f) => f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
      )
      const policy = logged.filter((m) => /Content Security Policy|Refused to/i.test(m))
      return [...events.flat(), ...policy]
    },
    /** Console errors and uncaught exceptions of any kind. */
    errors: () => errors,
  }
}

/** Every trajectory path under `root` has a drawn line (a move and at least one segment). */
async function expectRunsDrawn(root: Locator | Page) {
  const paths = root.locator('path[data-trajectory]')
  await expect(paths.first()).toBeAttached()
  for (const d of await paths.evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '')))
    expect(d).toMatch(/^M[\d.-]+,[\d.-]+L/)
}

const CASES: { name: string; path: string; check: (page: Page) => Promise<void> }[] = [
  { name: 'the page', path: '', check: (page) => expectRunsDrawn(page) },
  {
    name: 'the embed',
    path: '?embed=1&controls=momentum,lr,play',
    check: async (page) => {
      await expectRunsDrawn(page)
      await page.getByRole('button', { name: 'Play' }).click()
      await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 })
    },
  },
  {
    name: 'the tuning map (a worker)',
    path: '?map=1',
    check: async (page) => {
      await expectRunsDrawn(page)
      await expect(page.locator('.me-map[data-state="ready"]')).toBeVisible({ timeout: 45_000 })
    },
  },
  {
    name: 'the custom surface',
    path: `?f=${encodeURIComponent('sin(x)*cos(y) + 0.1*(x^2+y^2)')}`,
    check: async (page) => {
      await expect(page.getByText('f(x, y) = sin(x)*cos(y) + 0.1*(x^2+y^2)')).toBeVisible()
      await expectRunsDrawn(page)
      await page.getByRole('textbox', { name: 'f(x, y) =' }).fill('x^2 + 10*y^2')
      await page.keyboard.press('Enter')
      await expect(page.getByText('f(x, y) = x^2 + 10*y^2')).toBeVisible()
      await expectRunsDrawn(page)
    },
  },
]

for (const { name, path, check } of CASES) {
  test(`${name} runs under a strict CSP with no violation`, async ({ page }) => {
    test.setTimeout(90_000)
    const csp = await watch(page)
    const response = await page.goto(server.url + path)
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP)
    await check(page)
    expect(await csp.problems()).toEqual([])
    expect(csp.errors()).toEqual([])
  })
}

test('the sample article runs under a strict CSP with no violation', async ({ page }) => {
  // `npm run build` always builds the sample article: its absence is a failure, not a skip.
  expect(hasArticle, 'dist/article.html was built').toBe(true)
  const csp = await watch(page)
  await page.goto(`${server.url}article.html`)
  await expectRunsDrawn(page.locator('momentum-explorer').first())
  await expect(
    page.frameLocator('iframe').first().locator('path[data-trajectory]').first(),
  ).toBeAttached()
  expect(await csp.problems()).toEqual([])
  expect(csp.errors()).toEqual([])
})

test('the policy is the strict one: no unsafe-inline, no data: anywhere', () => {
  expect(STRICT_CSP).toBe(
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; worker-src 'self' blob:",
  )
  expect(STRICT_CSP).not.toMatch(/unsafe-inline|data:/)
})

test('CSV and JSON download under the strict policy; PNG says why it cannot', async ({ page }) => {
  test.setTimeout(60_000)
  const csp = await watch(page)
  await page.goto(server.url)
  await expectRunsDrawn(page)
  await page.getByText('Share, embed, download').click()
  const csv = page.waitForEvent('download')
  await page.getByRole('button', { name: 'CSV' }).click()
  expect((await csv).suggestedFilename()).toMatch(/\.csv$/)
  expect(await csp.problems()).toEqual([])
  await page.getByRole('button', { name: 'PNG' }).click()
  // The one refusal is the PNG's own blob: image, and the page says so in words.
  await expect(page.getByRole('alert')).toHaveText(
    /Content-Security-Policy refuses \(img-src without blob:\)/,
  )
  expect((await csp.problems()).filter((p) => !/blob/.test(p) || !/img-src/.test(p))).toEqual([])
  expect((await csp.problems()).length).toBeGreaterThan(0)
})

test('the watcher sees a violation when there is one', async ({ page }) => {
  const csp = await watch(page)
  await page.goto(server.url)
  await expectRunsDrawn(page)
  // An inline script is exactly what the policy forbids.
  await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = 'window.__ran = true'
    document.head.append(s)
  })
  await expect.poll(() => csp.problems()).not.toEqual([])
  expect(
    await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran),
  ).toBeUndefined()
})
