import { describe, expect, test, vi } from 'vitest'
import { mulberry32 } from '../../../src/core/models'
import { evaluate, initialWeights, initialWeightsFor, LAYOUT } from '../../../src/core/network'
import { digits } from '../../fixtures/digits'

// Real training runs: slow when the machine is shared, so more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 })

const { split } = digits()

describe('PyTorch default initialisation from a seed', () => {
  test('weights and biases stay within ±1/√fan_in and fill that range', () => {
    const w = initialWeightsFor(3)
    const parts = [
      [LAYOUT.w1, LAYOUT.b1, 64],
      [LAYOUT.b1, LAYOUT.w2, 64],
      [LAYOUT.w2, LAYOUT.b2, 32],
      [LAYOUT.b2, LAYOUT.size, 32],
    ] as const
    for (const [from, to, fanIn] of parts) {
      const values = Array.from(w.subarray(from, to))
      const bound = 1 / Math.sqrt(fanIn)
      expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(bound)
      if (to - from > 100) expect(Math.max(...values.map(Math.abs))).toBeGreaterThan(0.95 * bound)
    }
  })
  test('the same seed gives the same weights, another seed others', () => {
    expect(initialWeightsFor(3)).toEqual(initialWeightsFor(3))
    expect(initialWeightsFor(3)).not.toEqual(initialWeightsFor(4))
    expect(initialWeights(mulberry32(3))).toEqual(initialWeightsFor(3))
  })
  test('an untrained network is near chance: loss ≈ ln 10, accuracy ≈ 10 %', () => {
    const { loss, accuracy } = evaluate(initialWeightsFor(1), split.test)
    expect(Math.abs(loss - Math.log(10))).toBeLessThan(0.15)
    expect(accuracy).toBeLessThan(0.3)
  })
})

describe('backpropagation', () => {
  const w = initialWeightsFor(5)
  const batch = [0, 5, 17, 42, 99, 123, 400, 1000]
  const grad = new Float64Array(LAYOUT.size)
  evaluate(w, split.train, batch, grad)
  const lossAt = (v: Float64Array) => evaluate(v, split.train, batch).loss
  // a few weights in each tensor, including pixels that are often blank
  const picks = [0, 37, 1000, 2047, LAYOUT.b1 + 3, LAYOUT.w2 + 5, LAYOUT.w2 + 300, LAYOUT.b2 + 9]
  test.for(picks)('matches central finite differences at weight %i', (i) => {
    const h = 1e-6
    const plus = Float64Array.from(w)
    const minus = Float64Array.from(w)
    plus[i] = (plus[i] as number) + h
    minus[i] = (minus[i] as number) - h
    const numeric = (lossAt(plus) - lossAt(minus)) / (2 * h)
    expect(Math.abs((grad[i] as number) - numeric)).toBeLessThan(1e-7 + 1e-5 * Math.abs(numeric))
  })
  test('the gradient is not trivially zero, and a small step against it lowers the loss', () => {
    const norm = Math.hypot(...grad)
    expect(norm).toBeGreaterThan(1e-3)
    const stepped = w.map((v, i) => v - (0.01 / norm) * (grad[i] as number))
    expect(lossAt(stepped)).toBeLessThan(lossAt(w))
  })
  test('the loss without a batch is the mean over the whole set', () => {
    const all = Array.from({ length: split.test.count }, (_, i) => i)
    expect(evaluate(w, split.test).loss).toBe(evaluate(w, split.test, all).loss)
  })
})
