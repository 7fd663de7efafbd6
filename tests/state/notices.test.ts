// Every change a link makes to its own values says so (issue #21's list), with models loaded so
// that the batch size can be checked against the training set.
import { beforeAll, expect, test } from 'vitest'
import { pageCatalog as catalog } from '../../src/state/catalog'
import { parseParams } from '../../src/state/urlParams'

beforeAll(async () => {
  await catalog.loadModels()
}, 30_000)

test('a batch of the whole training set or more is full batch, and the notice says so', () => {
  const { params, notices } = parseParams('surface=logreg&batch=1000')
  expect(params.batch).toBe(0) // the menu then says "full batch", as the training does
  expect(notices).toEqual(['batch=1000 is all 200 training examples or more: using full batch'])
  expect(parseParams('surface=logreg&batch=199')).toMatchObject({ notices: [] })
  expect(parseParams('surface=logreg&batch=199').params.batch).toBe(199)
})

test('each quiet change of the issue now comes with a notice', () => {
  for (const q of [
    'surface=logreg&seed=1.5',
    'surface=logreg&batch=0.5',
    'runs=0.00001',
    'map=',
    'embed=',
    'surface=logreg&batch=1000',
  ])
    expect(parseParams(q).notices, q).toHaveLength(1)
})

test('element attributes: a bare attribute is on, with no notice', () => {
  expect(parseParams({ map: '' })).toMatchObject({ params: { map: true }, notices: [] })
})
