import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test } from 'vitest'
import * as standIn from '../../src/render/noD3Format'

// The bundles carry noD3Format in place of d3-format (vite.config.ts's D3_FORMAT_ALIAS).
const d3Scale = readFileSync(createRequire(import.meta.url).resolve('d3-scale'), 'utf8')
const imported = /import\s*\{([^}]*)\}\s*from\s*["']d3-format["']/.exec(d3Scale)?.[1] ?? ''
const names = imported
  .split(',')
  .map((n) => n.trim().split(/\s+as\s+/)[0])
  .filter(Boolean)

test('the stand-in exports every name d3-scale imports from d3-format', () => {
  expect(names.length).toBeGreaterThan(0)
  expect(Object.keys(standIn).sort()).toEqual([...new Set(names)].sort())
})

test('each of them fails loudly, saying how the page labels its ticks', () => {
  for (const f of Object.values(standIn))
    expect(() => (f as () => never)()).toThrow(/ui\/format\.ts/)
})
