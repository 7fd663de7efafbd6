// The custom element on host pages with hostile CSS: root font size 62.5 % and 200 %,
// `* { all: unset }`, `!important` colours, `svg { display: none }`. Inside the element, text
// keeps its size and colour, the plot is drawn, and the element stays a block; only the
// documented --momentum-explorer-font-size scales the text.
import { expect, test, type Page } from '@playwright/test'
import { collectErrors } from './collectErrors'

const HOSTILE: Record<string, string> = {
  neutral: '',
  'root font 62.5 %': 'html { font-size: 62.5% }',
  'root font 200 %': 'html { font-size: 200% }',
  'all: unset': '* { all: unset }',
  'all: unset !important': '* { all: unset !important }',
  '!important colours':
    '* { color: #f0f !important; background: #0f0 !important; font-family: fantasy !important; letter-spacing: 9px !important; text-transform: uppercase !important }',
  'svg hidden': 'svg { display: none !important } path { stroke: none !important }',
}

/** Serves a host page with `css` and one element, and opens it. */
async function openHost(page: Page, css: string, attributes = '') {
  await page.route('**/hostile-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body:
        `<!doctype html><html lang="en"><head><title>host</title><style>${css}</style></head>` +
        '<body><script type="module" src="./momentum-explorer.js"></script>' +
        `<momentum-explorer controls="momentum,play" ${attributes}></momentum-explorer></body></html>`,
    }),
  )
  await page.goto('./hostile-host.html')
  const el = page.locator('momentum-explorer')
  await expect(el.locator('path[data-trajectory]').first()).toBeAttached()
  return el
}

/** What a reader sees of the element: its box, text sizes and colour, and the plot. */
async function looks(page: Page) {
  return page.locator('momentum-explorer').evaluate((host) => {
    const root = host.shadowRoot!
    const style = (sel: string) => getComputedStyle(root.querySelector(sel)!)
    const label = root.querySelector('label') ?? root.querySelector('button')!
    const path = root.querySelector('path[data-trajectory]')!.getBoundingClientRect()
    const svg = root.querySelector('path[data-trajectory]')!.closest('svg')!.getBoundingClientRect()
    return {
      display: getComputedStyle(host).display,
      width: Math.round(host.getBoundingClientRect().width) > 200,
      appFont: style('.me-app').fontSize,
      labelFont: getComputedStyle(label).fontSize,
      // Sized in rem in the page's stylesheet: the host page's root font size must not show.
      legendFont: style('.me-run-legend').fontSize,
      color: style('.me-app').color,
      family: style('.me-app').fontFamily.includes('fantasy'),
      letterSpacing: getComputedStyle(label).letterSpacing,
      transform: getComputedStyle(label).textTransform,
      svgShown: svg.width > 100 && svg.height > 100,
      pathShown: path.width > 0 && path.height > 0,
      stroke: getComputedStyle(root.querySelector('path[data-trajectory]')!).stroke,
    }
  })
}

test('hostile host rules change nothing inside the element', async ({ page }) => {
  test.setTimeout(60_000)
  const errors = collectErrors(page)
  await openHost(page, '')
  const neutral = await looks(page)
  expect(neutral).toMatchObject({
    display: 'block',
    appFont: '15px',
    svgShown: true,
    pathShown: true,
  })
  for (const [name, css] of Object.entries(HOSTILE)) {
    await page.unroute('**/hostile-host.html')
    await openHost(page, css)
    expect(await looks(page), name).toEqual(neutral)
  }
  expect(errors).toEqual([])
})

test('--momentum-explorer-font-size scales the text, whatever the root font size', async ({
  page,
}) => {
  await openHost(
    page,
    'html { font-size: 62.5% } momentum-explorer { --momentum-explorer-font-size: 20px }',
  )
  const scaled = await looks(page)
  expect(scaled.appFont).toBe('18.75px') // 15px at the default 16px base, times 20 / 16
  expect(scaled.display).toBe('block')
})
