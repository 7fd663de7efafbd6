// The embeds against the built site: the sample article (iframe + custom element, under a strict
// CSP), and host pages made up here (page.route) to test attributes, independence and isolation.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { collectErrors } from './collectErrors'

/** Serves `body` at ./name on the preview server's origin, so ./momentum-explorer.js resolves. */
async function hostPage(page: Page, name: string, body: string) {
  await page.route(`**/${name}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en">${body}</html>`,
    }),
  )
  await page.goto(`./${name}`)
}

const SCRIPT = '<script type="module" src="./momentum-explorer.js"></script>'
const d = (figure: Locator, id: string) =>
  figure.locator(`path[data-trajectory="${id}"]`).getAttribute('d')

test('the sample article shows both live figures under its strict CSP', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('./article.html')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/momentum/i)
  const iframe = page.frameLocator('#race')
  await expect(iframe.locator('path[data-trajectory]')).toHaveCount(2)
  const element = page.locator('#too-much')
  await expect(element.locator('path[data-trajectory]')).toHaveCount(3)
  await expect(element.getByRole('img', { name: /^Momentum 0\.97/ })).toBeVisible()
  // The element lives in a shadow root: the post's own document has no trajectory of its own.
  expect(await page.evaluate(() => document.querySelectorAll('path').length)).toBe(0)
  await page.screenshot({ path: 'test-results/article.png', fullPage: true })
  expect(errors).toEqual([])
})

test('the article’s figures are independent: dragging one leaves the other alone', async ({
  page,
}) => {
  await page.goto('./article.html')
  const iframe = page.frameLocator('#race')
  const element = page.locator('#too-much')
  await expect(iframe.locator('path[data-trajectory]')).toHaveCount(2)
  await expect(element.locator('path[data-trajectory]')).toHaveCount(3)
  const iframeBefore = await d(iframe.locator('#root'), 'r2')
  const elementBefore = await d(element, 'r2')
  await element.getByRole('slider', { name: /^Momentum β, run 2/ }).press('Home')
  await expect.poll(() => d(element, 'r2')).not.toBe(elementBefore)
  expect(await d(iframe.locator('#root'), 'r2')).toBe(iframeBefore)
  await iframe.getByRole('slider', { name: /^Momentum β, run 2/ }).press('Home')
  await expect.poll(() => d(iframe.locator('#root'), 'r2')).not.toBe(iframeBefore)
  const elementAfter = await d(element, 'r2')
  await iframe.getByRole('slider', { name: /^Momentum β, run 2/ }).press('End')
  expect(await d(element, 'r2')).toBe(elementAfter)
})

test('the iframe posts its height and the article resizes it to fit', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: number[] = []
    ;(window as unknown as { heights: number[] }).heights = seen
    window.addEventListener('message', (e) => {
      // The article has a frame per step: only the race's heights are measured here.
      const race = document.querySelector<HTMLIFrameElement>('#race')?.contentWindow
      if (e.data?.type === 'momentum-explorer:height' && e.source === race) seen.push(e.data.height)
    })
  })
  await page.goto('./article.html')
  const frame = page.frameLocator('#race')
  await expect(frame.locator('path[data-trajectory]')).toHaveCount(2)
  // The results load just after the figure: measure once they are there, and the frame settled.
  await expect(frame.locator('.me-summary li')).toHaveCount(2)
  const measure = () =>
    frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height))
  const posted = () =>
    page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1))
  await expect.poll(async () => (await posted()) === (await measure())).toBe(true)
  const content = await measure()
  await expect(page.locator('#race')).toHaveCSS('height', `${content}px`)
  expect(content).not.toBe(520) // the iframe's height attribute: it really was resized
  // Never a 0 before the first render (that collapsed the frame, then made it jump).
  const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights)
  expect(heights.every((h) => h > 0)).toBe(true)
})

test('a frame resizing itself to 1e9 px is bounded, and one from another origin is ignored', async ({
  page,
}) => {
  await page.goto('./article.html')
  const frame = page.frameLocator('#race')
  await expect(frame.locator('path[data-trajectory]')).toHaveCount(2)
  // Let the frame's own height settle first, or its next honest report undoes the hostile one.
  await expect(frame.locator('.me-summary li')).toHaveCount(2)
  const content = () =>
    frame.locator('#root').evaluate((el) => `${Math.ceil(el.getBoundingClientRect().height)}px`)
  await expect
    .poll(
      async () =>
        (await page.locator('#race').evaluate((el) => getComputedStyle(el).height)) ===
        (await content()),
    )
    .toBe(true)
  // The frame's own window posts as a hostile page in it would.
  const embed = page.frames().find((f) => f.url().includes('runs=0,0.75'))!
  await embed.evaluate(() =>
    parent.postMessage({ type: 'momentum-explorer:height', height: 1e9 }, '*'),
  )
  await expect(page.locator('#race')).toHaveCSS('height', '3000px')
  // The same message from that frame but another origin changes nothing.
  await page.evaluate(() => {
    const source = document.querySelector<HTMLIFrameElement>('#race')!.contentWindow!
    const data = { type: 'momentum-explorer:height', height: 77 }
    dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://evil.example' }))
  })
  await expect(page.locator('#race')).toHaveCSS('height', '3000px')
})

test('the iframe’s “Open in Momentum Explorer” link carries the current state', async ({
  page,
}) => {
  await page.goto('./article.html')
  const frame = page.frameLocator('#race')
  const link = frame.getByRole('link', { name: /Open in Momentum Explorer/ })
  const before = new URL((await link.getAttribute('href'))!)
  expect(before.searchParams.get('runs')).toBe(null) // the default runs: left out
  expect(before.searchParams.get('embed')).toBe(null)
  await frame.getByRole('slider', { name: /^Momentum β, run 2/ }).press('Home')
  await link.hover()
  const after = new URL((await link.getAttribute('href'))!)
  expect(after.searchParams.get('runs')).toBe('0,0')
  expect(after.searchParams.get('embed')).toBe(null)
  await page.goto(after.href)
  await expect(page.getByRole('heading', { name: 'Momentum Explorer' })).toBeVisible()
  // Both runs now have β = 0: two plain gradient descents.
  await expect(page.getByRole('img', { name: 'Gradient descent' })).toHaveCount(2)
})

test('changing an attribute of the element updates its figure', async ({ page }) => {
  const errors = collectErrors(page)
  await hostPage(
    page,
    'e2e-attributes.html',
    `<head>${SCRIPT}</head><body><momentum-explorer runs="0,0.9"></momentum-explorer></body>`,
  )
  const element = page.locator('momentum-explorer')
  await expect(element.locator('path[data-trajectory]')).toHaveCount(2)
  const before = await d(element, 'r2')
  await element.evaluate((el) => el.setAttribute('runs', '0,0.5,0.99'))
  await expect(element.locator('path[data-trajectory]')).toHaveCount(3)
  expect(await d(element, 'r2')).not.toBe(before)
  await element.evaluate((el) => el.setAttribute('controls', 'lr'))
  await expect(element.getByRole('slider', { name: 'Learning rate' })).toBeVisible()
  await expect(element.getByRole('slider', { name: /Momentum β/ })).toHaveCount(0)
  await element.evaluate((el) => el.setAttribute('lr', 'fast'))
  await expect(element.getByRole('status').filter({ hasText: 'lr' })).toBeVisible()
  expect(errors).toEqual([])
})

test('two elements on one page are independent, and host CSS does not leak either way', async ({
  page,
}) => {
  const hostile = `<style>
    path { stroke: red !important; } input { display: none !important; }
    * { font-family: monospace !important; }
  </style>`
  await hostPage(
    page,
    'e2e-two.html',
    `<head>${SCRIPT}${hostile}</head><body>
      <div class="me-app" id="decoy">the page's own .me-app</div>
      <momentum-explorer id="a" runs="0,0.9"></momentum-explorer>
      <momentum-explorer id="b" runs="0,0.9"></momentum-explorer>
    </body>`,
  )
  const [a, b] = [page.locator('#a'), page.locator('#b')]
  await expect(a.locator('path[data-trajectory]')).toHaveCount(2)
  await expect(b.locator('path[data-trajectory]')).toHaveCount(2)
  const [aBefore, bBefore] = [await d(a, 'r2'), await d(b, 'r2')]
  expect(aBefore).toBe(bBefore)
  await a.getByRole('slider', { name: /^Momentum β, run 2/ }).press('Home')
  await expect.poll(() => d(a, 'r2')).not.toBe(aBefore)
  expect(await d(b, 'r2')).toBe(bBefore)

  // Host → element: the page's rules on path, input and * stop at the shadow boundary.
  const run = b.locator('path[data-trajectory="r2"]')
  await expect(run).not.toHaveCSS('stroke', 'rgb(255, 0, 0)')
  await expect(b.getByRole('slider', { name: /^Momentum β, run 2/ })).toBeVisible()
  expect(await b.locator('.me-app').evaluate((el) => getComputedStyle(el).fontFamily)).not.toMatch(
    /monospace/,
  )
  // Element → host: the explorer's .me-app rules do not style the page's own .me-app.
  const decoy = page.locator('#decoy')
  await expect(decoy).toHaveCSS('padding-top', '0px')
  await expect(decoy).not.toHaveCSS('font-size', '15px')
})

test('a lazily loaded panel (the tuning map) brings its styles into the shadow root', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await hostPage(
    page,
    'e2e-map.html',
    `<head>${SCRIPT}</head><body>
      <momentum-explorer map="1" controls="momentum,map"></momentum-explorer>
    </body>`,
  )
  const map = page.locator('momentum-explorer').getByRole('region', { name: 'Tuning map' })
  await expect(map).toBeVisible()
  // map.css gives .me-map a 16px top margin; without it a <section> has none.
  await expect(map).toHaveCSS('margin-top', '16px')
  expect(errors).toEqual([])
})
