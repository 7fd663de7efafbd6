// Model surfaces at the extremes of every limit (steps, batch, runs, lr, rules): training runs in
// the worker, so no link makes a main-thread task over 50 ms, and each draws its runs with the
// cap notice where the cap applied. The freezing links are among them.
import { expect, test } from '@playwright/test'
import { openProbe } from './linkProbe'

const SIX = 'runs=0,0.9,0.999,0.9n,0.9e,0.5'
const LINKS = [
  `surface=logreg&batch=1&steps=2000&lr=10&${SIX}`,
  'surface=logreg&batch=1&steps=2000',
  'surface=logreg&batch=10&steps=2000',
  `surface=logreg-scaled&batch=1&steps=2000&lr=1e-5&${SIX}`,
  `surface=linreg&batch=2&steps=2000&${SIX}`,
  `surface=linreg-scaled&batch=1000&steps=2000&${SIX}`,
  `surface=logreg&batch=0&steps=2000&${SIX}`,
  `surface=linreg&batch=199&steps=1&lr=10&${SIX}`,
  'embed=1&surface=logreg&batch=1&steps=2000',
]

test('model links at the extremes: no long task, runs drawn, the cap says what it cut', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const visit = await openProbe(page)
  for (const link of LINKS) {
    let report = await visit(link)
    // As in the fuzz: on a shared machine a long task counts only if the link makes it again.
    if (report.longTasks.length > 0) {
      await visit('surface=ravine')
      report = await visit(link)
    }
    expect(report, link).toMatchObject({ longTasks: [], errors: [], nonFinite: [], isDrawn: true })
  }
  await visit(`surface=logreg&batch=1&steps=2000&${SIX}`)
  await expect(page.getByText(/Training capped at 10 epochs of the 2000 asked for/)).toBeVisible()
})
