// One step of the story embedded in a foreign page (issue #22): as an iframe and as the element,
// both from another origin, each showing its step alone; and the whole story as an embed.
import { expect, test } from '@playwright/test'
import { cspServerForFile } from './cspServer'
import { collectErrors } from './collectErrors'

test.use({ permissions: ['local-network-access'] }) // two loopback origins, as in cross-origin.spec

const site = cspServerForFile({ cors: true })

test('a foreign page embeds step 3 alone, as an iframe and as <momentum-explorer>', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const errors = collectErrors(page)
  await page.route('**/blog-post.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body:
        '<!doctype html><html lang="en"><title>A post</title><h1>A post</h1>' +
        `<iframe title="Step 3" src="${site.url()}?embed=1&storystep=3" width="100%" height="1100"></iframe>` +
        `<script type="module" src="${site.url()}momentum-explorer.js"></script>` +
        '<momentum-explorer storystep="6" controls="play"></momentum-explorer></html>',
    }),
  )
  await page.goto('./blog-post.html')
  expect(new URL(site.url()).origin).not.toBe(new URL(page.url()).origin)
  const frame = page.frameLocator('iframe')
  await expect(frame.locator('.me-story-step > h2')).toHaveText('The moving average')
  await expect(frame.getByRole('navigation', { name: 'Story steps' })).toHaveCount(0)
  await expect(frame.locator('path[data-trajectory]')).toHaveCount(2)
  await expect(frame.locator('.me-story-text')).toContainText('keeps only')
  const el = page.locator('momentum-explorer')
  await expect(el.locator('.me-story-step > h2')).toHaveText('Too much')
  await expect(el.locator('path[data-trajectory]')).toHaveCount(3)
  await expect(el.locator('.me-story-text')).toContainText('again and again')
  // controls="play" leaves Play of the step's controls, and no momentum slider.
  await expect(el.getByRole('button', { name: 'Play' })).toBeVisible()
  await expect(el.getByRole('slider', { name: /Momentum β/ })).toHaveCount(0)
  // The element's formulas are MathML alone: KaTeX's fonts cannot reach its shadow root.
  await expect(el.locator('.me-story-formulas math').first()).toBeAttached()
  expect(errors).toEqual([])
})

test('?embed=1&story=1 is the whole story as an explainer, with its navigation', async ({
  page,
}) => {
  await page.goto('./?embed=1&story=1')
  await expect(page.locator('.me-story-step > h2')).toHaveText(
    '1. Gradient descent uses only the current gradient',
  )
  await page.getByRole('button', { name: 'Next →' }).click()
  await expect(page.locator('.me-story-step > h2')).toHaveText('2. The zig-zag')
  await expect(
    page.getByRole('link', { name: /whole story in Momentum Explorer/ }),
  ).toHaveAttribute('href', /story=2/)
})
