// The fuzz suite's links (tests/fixtures/fuzzLinks.ts) without a browser: each parses, derives
// its runs as the page does, and exports CSV and JSON with nothing non-finite in them.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { trajectoriesCsv, trajectoriesJson } from '../../src/render/exportData'
import { makeRunDeriver } from '../../src/state/deriver'
import { pageCatalog as catalog } from '../../src/state/catalog'
import { surfaceStatusOf } from '../../src/state/surfaceStatus'
import { resetTraining } from '../../src/state/training'
import { parseParams } from '../../src/state/urlParams'
import { fuzzLinks } from '../fixtures/fuzzLinks'

beforeAll(async () => {
  await Promise.all([catalog.loadModels(), catalog.loadExpressions()])
}, 30_000)
afterAll(() => resetTraining())

const NON_FINITE = /NaN|Infinity/

test('300 fuzzed links (the issue’s first) export CSV and JSON with only finite numbers', () => {
  const links = fuzzLinks(300)
  expect(links).toHaveLength(300)
  for (const link of links) {
    const { params } = parseParams(link)
    const { surface } = surfaceStatusOf(params.surface, params.f, params.view)
    const results = makeRunDeriver()({ ...params, surface }, params.runs)
    const csv = trajectoriesCsv(results)
    const json = trajectoriesJson(results, { ...params, surface: params.surface })
    // Labels and surface ids are ours, never the link's text: any NaN here is a number's.
    expect(csv.split('\n').slice(1).join('\n'), link).not.toMatch(NON_FINITE)
    expect(json, link).not.toMatch(NON_FINITE)
    expect(JSON.parse(json).runs, link).toHaveLength(params.runs.length)
  }
}, 120_000)
