// Model surfaces at the extremes of every limit: each link draws its runs, quietly and finitely,
// with the cap notice where the cap applied. How long their main-thread tasks are is measured by
// `npm run bench:links`, not asserted here.
import { expect, test } from '@playwright/test'
import { MODEL_LIMIT_LINKS, SIX } from '../fixtures/modelLimitLinks'
import { openProbe } from './linkProbe'

test('model links at the extremes: runs drawn, no error, the cap says what it cut', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const visit = await openProbe(page)
  for (const link of MODEL_LIMIT_LINKS) {
    expect(await visit(link), link).toMatchObject({ errors: [], nonFinite: [], isDrawn: true })
  }
  await visit(`surface=logreg&batch=1&steps=2000&${SIX}`)
  await expect(page.getByText(/Training capped at 10 epochs of the 2000 asked for/)).toBeVisible()
})
