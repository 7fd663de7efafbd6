import { describe, expect, test } from 'vitest'
import {
  featureScaling,
  gaussian,
  makePassData,
  makeScoreData,
  mulberry32,
  shuffleInPlace,
  standardizeFeature,
  toRawParams,
  toScaledParams,
} from '../../../src/core/models'

const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length

describe('the seeded random source', () => {
  test('the same seed gives the same sequence, a different seed a different one', () => {
    const draw = (seed: number) => {
      const rand = mulberry32(seed)
      return Array.from({ length: 50 }, () => rand())
    }
    expect(draw(7)).toEqual(draw(7))
    expect(draw(8)).not.toEqual(draw(7))
    for (const u of draw(7)) expect(u >= 0 && u < 1).toBe(true)
  })

  test('uniforms and Gaussians have the right mean and spread', () => {
    const rand = mulberry32(3)
    const u = Array.from({ length: 20000 }, () => rand())
    expect(mean(u)).toBeCloseTo(0.5, 2)
    const g = Array.from({ length: 20000 }, () => gaussian(rand))
    expect(Math.abs(mean(g))).toBeLessThan(0.03)
    expect(mean(g.map((x) => x * x))).toBeCloseTo(1, 1)
  })

  test('a shuffle is a permutation', () => {
    const items = Array.from({ length: 100 }, (_, i) => i)
    const shuffled = shuffleInPlace([...items], mulberry32(5))
    expect(shuffled).not.toEqual(items)
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items)
  })
})

describe.each([
  ['score', makeScoreData],
  ['pass', makePassData],
] as const)('the %s data set', (_, make) => {
  test('is deterministic: same seed, same numbers; another seed, other numbers', () => {
    expect(make({ seed: 11 })).toEqual(make({ seed: 11 }))
    expect(make()).toEqual(make())
    expect(make({ seed: 12 }).train.x).not.toEqual(make({ seed: 11 }).train.x)
  })

  test('has 200 train and 100 test examples by default, with finite values', () => {
    const { train, test } = make()
    expect([train.x.length, train.y.length, test.x.length, test.y.length]).toEqual([
      200, 200, 100, 100,
    ])
    for (const v of [...train.x, ...train.y, ...test.x, ...test.y])
      expect(Number.isFinite(v)).toBe(true)
  })

  test('standardising with train statistics gives the train feature mean 0 and sd 1', () => {
    const { train, test } = make()
    const s = featureScaling(train)
    const z = standardizeFeature(train, s)
    expect(mean(z.x)).toBeCloseTo(0, 12)
    expect(mean(z.x.map((v) => v * v))).toBeCloseTo(1, 12)
    expect(z.y).toEqual(train.y)
    // The test set is scaled with the train numbers, not its own: its mean is not exactly 0.
    expect(Math.abs(mean(standardizeFeature(test, s).x))).toBeGreaterThan(1e-6)
  })
})

test('the score data follow score ≈ 6·hours + 20 for hours in [2, 8]', () => {
  const { train } = makeScoreData()
  expect(Math.min(...train.x)).toBeGreaterThanOrEqual(2)
  expect(Math.max(...train.x)).toBeLessThanOrEqual(8)
  const residuals = train.x.map((x, i) => train.y[i]! - (6 * x + 20))
  expect(Math.abs(mean(residuals))).toBeLessThan(1.5)
})

test('the pass data have balanced classes that overlap', () => {
  const { train } = makePassData()
  expect(train.y.filter((y) => y === 1)).toHaveLength(100)
  const fails = train.x.filter((_, i) => train.y[i] === 0)
  const passes = train.x.filter((_, i) => train.y[i] === 1)
  expect(mean(passes) - mean(fails)).toBeGreaterThan(2.5)
  expect(Math.max(...fails)).toBeGreaterThan(Math.min(...passes)) // no perfect split
})

test('raw and scaled parameters give the same predictions and convert back exactly', () => {
  const s = featureScaling(makeScoreData().train)
  const raw = [1.5, -4] as const
  const scaled = toScaledParams(raw, s)
  for (const x of [2, 5, 7.5]) {
    const z = (x - s.mean) / s.sd
    expect(scaled[0] * z + scaled[1]).toBeCloseTo(raw[0] * x + raw[1], 12)
  }
  const back = toRawParams(scaled, s)
  expect(back[0]).toBeCloseTo(raw[0], 12)
  expect(back[1]).toBeCloseTo(raw[1], 12)
})
