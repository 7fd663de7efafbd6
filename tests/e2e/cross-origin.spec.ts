// The element's bundle served from a second origin (as from GitHub Pages into a blog): its
// workers still start (through a same-origin blob: module) and do the work, off the page's
// main thread, with no error and no fallback.
import { expect, test } from '@playwright/test'
import { serveCsp } from '../../scripts/serve-csp.mjs'
import { collectErrors } from './collectErrors'

// Both origins are on 127.0.0.1: Chrome asks before a page reaches another loopback origin
// (Local Network Access), which public Pages and blog origins never meet. Grant it, as a reader would.
test.use({ permissions: ['local-network-access'] })

let cdn: Awaited<ReturnType<typeof serveCsp>>
test.beforeAll(async () => {
  cdn = await serveCsp({ cors: true }) // dist/ on another port of 127.0.0.1: another origin
})
test.afterAll(async () => {
  await cdn.close()
})

test('workers run when momentum-explorer.js comes from another origin', async ({ page }) => {
  test.setTimeout(90_000)
  const errors = collectErrors(page)
  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))
  await page.route('**/cross-origin-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body:
        '<!doctype html><html lang="en"><title>blog</title>' +
        `<script type="module" src="${cdn.url}momentum-explorer.js"></script>` +
        // A model surface with mini-batches of 1: its runs train in the training worker.
        '<momentum-explorer surface="logreg" batch="1" steps="50" runs="0,0.9"></momentum-explorer>' +
        '</html>',
    }),
  )
  await page.goto('./cross-origin-host.html')
  expect(new URL(cdn.url).origin).not.toBe(new URL(page.url()).origin)
  const el = page.locator('momentum-explorer')
  // 50 epochs × 200 steps: a path with thousands of segments once the worker is done.
  await expect
    .poll(
      async () =>
        ((await el.locator('path[data-trajectory="r2"]').getAttribute('d')) ?? '').split('L')
          .length,
      { timeout: 60_000 },
    )
    .toBeGreaterThan(2000)
  // The workers are same-origin blob: modules wrapping the other origin's scripts.
  expect(workers.length).toBeGreaterThan(0)
  expect(workers.every((u) => u.startsWith(`blob:${new URL(page.url()).origin}/`))).toBe(true)
  expect(errors).toEqual([])
})
