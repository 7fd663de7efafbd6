// A seeded browser fuzz: 300 links (the first, tests/fixtures/fuzzLinks.ts), in two
// halves that run in parallel, many links per page load (see linkProbe). After each: a drawn
// figure (no blank page, no error boundary), no console error, nothing non-finite in the DOM.
// Main-thread task lengths for the same links are a benchmark (`npm run bench:links`), not a
// test. Exports of the same links: tests/state/fuzzExports.
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
      const found = problems(await visit(link))
      if (found.length) bad.push(`?${link}: ${found.join('; ')}`)
    }
    expect(bad).toEqual([])
  })
}
