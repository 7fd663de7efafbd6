import type { Page } from '@playwright/test'

/** Console errors and uncaught page errors, collected from now on (assert it stays empty). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}
