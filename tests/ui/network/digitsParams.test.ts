import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  DIGITS_DEFAULTS,
  parseDigitsParams,
  runSpecs,
  serializeDigitsParams,
} from '../../../src/ui/network/digitsParams'

describe('the digits page URL', () => {
  test('the bare surface gives the defaults, without notices', () => {
    expect(parseDigitsParams('?surface=digits')).toEqual({ params: DIGITS_DEFAULTS, notices: [] })
  })
  test('reads lr, runs with rules, epochs (steps), batch and seed', () => {
    const { params, notices } = parseDigitsParams(
      '?surface=digits&lr=0.1&runs=0,0.9n,0.5e&steps=12&batch=64&seed=7',
    )
    expect(notices).toEqual([])
    expect(params).toMatchObject({ lr: 0.1, epochs: 12, batch: 64, seed: 7 })
    expect(params.runs.map((r) => [r.momentum, r.rule])).toEqual([
      [0, 'heavy-ball'],
      [0.9, 'nesterov'],
      [0.5, 'ema'],
    ])
    expect(runSpecs(params)[1]).toEqual({
      lr: 0.1,
      momentum: 0.9,
      rule: 'heavy-ball',
      nesterov: true,
    })
  })
  test('clamps and replaces bad values, saying so; batch=0 is full batch', () => {
    const { params, notices } = parseDigitsParams(
      '?surface=digits&lr=50&steps=-3&batch=abc&seed=1.6',
    )
    expect(params).toMatchObject({ lr: 2, epochs: 1, batch: 32, seed: 2 })
    expect(notices).toHaveLength(3)
    expect(parseDigitsParams('?batch=0').params.batch).toBe(1347)
  })
  test('round-trips through its query string', () => {
    const run = fc.record({
      momentum: fc.integer({ min: 0, max: 99 }).map((v) => v / 100),
      rule: fc.constantFrom('heavy-ball' as const, 'nesterov' as const, 'ema' as const),
    })
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 2, noNaN: true }),
        fc.array(run, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 1347 }),
        fc.integer({ min: 0, max: 999_999 }),
        (lr, runs, epochs, batch, seed) => {
          const p = {
            lr,
            runs: runs.map((r, i) => ({ id: `r${i + 1}`, ...r })),
            epochs,
            batch,
            seed,
          }
          expect(parseDigitsParams(serializeDigitsParams(p))).toEqual({ params: p, notices: [] })
        },
      ),
    )
  })
  test('fuzzed queries never throw and never give a non-finite value', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        const q = `?surface=digits&lr=${encodeURIComponent(a)}&steps=${encodeURIComponent(b)}&runs=${encodeURIComponent(c)}`
        const { params } = parseDigitsParams(q)
        expect([params.lr, params.epochs, params.batch, params.seed].every(Number.isFinite)).toBe(
          true,
        )
      }),
    )
  })
})
