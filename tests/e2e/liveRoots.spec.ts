import { expect, test, type Page } from '@playwright/test'

// A run's slider field and its one-line name have a fixed size (each is its own layout root, see
// styles.css): whatever they hold must still fit in them, at any width and in the embed.
async function overflowsOf(page: Page) {
  return page.evaluate(() => {
    const roots = [
      document,
      ...[...document.querySelectorAll('momentum-explorer')].map((e) => e.shadowRoot),
    ]
    const out: string[] = []
    for (const root of roots) {
      for (const field of root?.querySelectorAll('.me-live-field') ?? []) {
        const box = field.getBoundingClientRect()
        for (const child of field.children) {
          const c = child.getBoundingClientRect()
          if (c.top < box.top - 0.5 || c.bottom > box.bottom + 0.5)
            out.push(
              `${child.tagName} of a field: ${c.top}–${c.bottom} outside ${box.top}–${box.bottom}`,
            )
        }
      }
      for (const line of root?.querySelectorAll('.me-live-line') ?? []) {
        if (line.scrollWidth > line.clientWidth + 1) out.push(`"${line.textContent}" is cut`)
      }
    }
    return {
      out,
      fields: roots.reduce((n, r) => n + (r?.querySelectorAll('.me-live-field').length ?? 0), 0),
    }
  })
}

for (const [width, height] of [
  [1280, 800],
  [375, 812],
] as const) {
  for (const path of ['./?runs=0,0.9,0.999,0.5n', './article.html']) {
    test(`at ${width} px, ${path}: the live fields and names hold what they show`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      await page.goto(path)
      await expect(page.locator('path[data-trajectory]').first()).toBeAttached()
      const { out, fields } = await overflowsOf(page)
      expect(fields).toBeGreaterThan(0)
      expect(out).toEqual([])
    })
  }
}
