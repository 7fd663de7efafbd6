// A seeded browser fuzz: 300 links (the first, tests/fixtures/fuzzLinks.ts), in two
// halves that run in parallel, many links per page load (see linkProbe). After each: a drawn
// figure (no blank page, no error boundary), no console error, no main-thread task over 50 ms
// of CPU, nothing non-finite in the DOM. Exports of the same links: tests/state/fuzzExports.
import { expect, test } from '@playwright/test'
import { fuzzLinks } from '../fixtures/fuzzLinks'
import { openProbe, type LinkReport } from './linkProbe'

const LINKS = fuzzLinks(300)
const HALVES = [LINKS.slice(0, 150), LINKS.slice(150)]

/** What is wrong with a link's report, in one line (empty when nothing). */
const problems = (r: LinkReport) =>
  [
    r.isDrawn ? '' : 'no figure drawn',
    r.errors.length ? `console errors: ${r.errors.join(' | ')}` : '',
    r.longTasks.length ? `long tasks (ms CPU): ${r.longTasks.join(', ')}` : '',
    r.nonFinite.length ? `non-finite in the DOM: ${r.nonFinite.join(' | ')}` : '',
  ].filter(Boolean)

for (const [half, links] of HALVES.entries()) {
  test(`fuzzed links ${half * 150 + 1}–${half * 150 + links.length}: drawn, quiet, finite`, async ({
    page,
  }) => {
    test.setTimeout(480_000)
    const visit = await openProbe(page)
    const bad: string[] = []
    for (const link of links) {
      let report = await visit(link)
      // A link's first visit may compile a lazily loaded chunk, and this machine is shared: a
      // long task counts only if the same link makes one again (after another link in between).
      if (report.longTasks.length > 0) {
        await visit('surface=ravine')
        report = await visit(link)
      }
      const found = problems(report)
      if (found.length) bad.push(`?${link}: ${found.join('; ')}`)
    }
    expect(bad).toEqual([])
  })
}
