import { test } from '@playwright/test'
import { serveCsp } from '../../scripts/serve-csp.mjs'

/** dist/ served with the strict CSP header for the tests of this file; `url()` is its address. */
export function cspServerForFile(options: Parameters<typeof serveCsp>[0] = {}) {
  let server: Awaited<ReturnType<typeof serveCsp>> | undefined
  test.beforeAll(async () => {
    server = await serveCsp(options)
  })
  test.afterAll(async () => {
    await server?.close()
  })
  return { url: () => server!.url }
}
