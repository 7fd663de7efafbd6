// `npm run budget` (after `npm run build`): the initial JS of the page and of the embed bundle,
// raw and gzip (level 9), against 100 KB gzip each (issue 9). Deterministic, so CI runs it;
// exits 1 when a budget is exceeded, 2 when there is no build to measure.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureBundles } from './bench-size.mjs'

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('budget: dist/index.html not found: run `npm run build` first')
  process.exit(2)
}

const result = measureBundles(DIST)
const kb = (bytes) => (bytes / 1024).toFixed(1)
const rows = [['bundle', 'raw KB', 'gzip KB', 'budget KB', 'files', 'status']]
const row = (name, m) =>
  m
    ? [
        name,
        kb(m.raw),
        kb(m.gzip),
        kb(result.budgetGzip),
        String(m.files.length),
        m.withinBudget ? 'ok' : 'OVER',
      ]
    : [name, '-', '-', kb(result.budgetGzip), '0', 'no embed bundle yet']
rows.push(row('page (initial JS)', result.page), row('embed bundle', result.embed))

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)))
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '))
for (const [name, m] of [
  ['page', result.page],
  ['embed', result.embed],
]) {
  if (m) console.log(`${name}: ${m.files.join(', ')}`)
}

const over = [result.page, result.embed].some((m) => m && !m.withinBudget)
if (over) console.error('budget: initial JS exceeds 100 KB gzip (issue 9): load heavy parts lazily')
process.exit(over ? 1 : 0)
