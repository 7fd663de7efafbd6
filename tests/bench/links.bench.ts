// `npm run bench:links`: the longest main-thread task (CPU ms) each link makes, for the fuzzed
// links and the model links at their limits; prints a table and the links over 50 ms. A
// benchmark: it reports, and fails only when the page itself breaks.
import { expect, test } from '@playwright/test'
import { fuzzLinks } from '../fixtures/fuzzLinks'
import { MODEL_LIMIT_LINKS } from '../fixtures/modelLimitLinks'
import { openProbe } from '../e2e/linkProbe'

const LIMIT_MS = 50
const LINKS = [...MODEL_LIMIT_LINKS, ...fuzzLinks(300)]

test('main-thread task lengths per link', async ({ page }) => {
  test.setTimeout(900_000)
  const visit = await openProbe(page, { trace: true })
  const rows: { link: string; cpu: number; wall: number; repeat: number | undefined }[] = []
  for (const link of LINKS) {
    const first = await visit(link)
    expect(first.isDrawn, link).toBe(true)
    // A first visit may compile a lazy chunk: a link over the limit is measured once more.
    const again =
      first.longestCpuMs > LIMIT_MS
        ? (await visit('surface=ravine'), (await visit(link)).longestCpuMs)
        : undefined
    rows.push({ link, cpu: first.longestCpuMs, wall: first.longestWallMs, repeat: again })
  }
  const over = rows.filter((r) => (r.repeat ?? r.cpu) > LIMIT_MS)
  const sorted = [...rows].sort((a, b) => b.cpu - a.cpu)
  console.log(`links: ${rows.length}; longest task CPU ms, the ten longest:`)
  for (const r of sorted.slice(0, 10))
    console.log(
      `  ${r.cpu} (wall ${r.wall}${r.repeat === undefined ? '' : `, again ${r.repeat}`})  ?${r.link}`,
    )
  console.log(`over ${LIMIT_MS} ms twice in a row: ${over.length}`)
  for (const r of over) console.log(`  ?${r.link}`)
})
