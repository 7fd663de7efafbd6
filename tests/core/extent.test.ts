import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { maxOf, minOf, pushAll } from '../../src/core/extent'

const BIG = 500_000

describe('minOf, maxOf, pushAll', () => {
  test('take 500,000-point series, where a spread overflows the call stack', () => {
    const values = Array.from({ length: BIG }, (_, i) => Math.sin(i) * i)
    expect(() => Math.min(...values)).toThrow(RangeError) // the bug these helpers replace
    let [lo, hi] = [Infinity, -Infinity]
    for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)]
    expect(minOf(values)).toBe(lo)
    expect(maxOf(values)).toBe(hi)
    expect(pushAll([0], values)).toHaveLength(BIG + 1)
  })

  test('use the start value for an empty list and never return NaN for a NaN entry', () => {
    expect(minOf([])).toBe(Infinity)
    expect(maxOf([], 0)).toBe(0)
    expect(minOf([3, NaN, 1])).toBe(1)
    expect(maxOf([NaN, -2], -5)).toBe(-2)
    expect(minOf([5], 2)).toBe(2)
  })
})

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

// A spread among the direct arguments of Math.min, Math.max, push or unshift (not inside a call).
const SPREAD_CALL = /(Math\.(min|max)|\.(push|unshift))\(\s*[^()]*\.\.\./

test('nothing in src/ spreads an array into Math.min, Math.max or push', () => {
  const root = join(import.meta.dirname, '../../src')
  const found = sources(root).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    const spread = new RegExp(SPREAD_CALL.source, 'g') // [^()] spans lines: a call over several too
    return Array.from(text.matchAll(spread)).map((m) => {
      const line = text.slice(0, m.index).split('\n').length
      return `${file}:${line}: ${m[0]}`
    })
  })
  expect(found).toEqual([])
})

test('the spread check catches the forms it is there for', () => {
  for (const line of [
    'Math.min(...xs)',
    'Math.max(0, ...a, ...b)',
    'out.push(...more)',
    'Math.max(\n  ...xs)',
  ])
    expect(SPREAD_CALL.test(line)).toBe(true)
  for (const line of ['values.push(s.f(...at(i, j)))', 'Math.min(a, b)', 'minOf(xs)'])
    expect(SPREAD_CALL.test(line)).toBe(false)
})
