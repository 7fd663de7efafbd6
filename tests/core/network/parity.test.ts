import { describe, expect, test, vi } from 'vitest'
import {
  evaluate,
  initialWeightsFor,
  splitOrder,
  startNetworkTraining,
} from '../../../src/core/network'
import { digits, digitsReference, type WeightDigest } from '../../fixtures/digits'

// Real training runs: slow when the machine is shared, so more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 })

const ref = digitsReference()
const { split } = digits()
const tol = ref.tolerance.relative

/** Index and values of the first element off by more than `tol` relative, or null. */
function firstMismatch(actual: readonly number[], expected: readonly number[]) {
  if (actual.length !== expected.length) return `length ${actual.length} ≠ ${expected.length}`
  for (let i = 0; i < expected.length; i++) {
    const [a, e] = [actual[i] as number, expected[i] as number]
    if (!(Math.abs(a - e) <= tol * Math.abs(e))) return `at ${i}: ${a} ≠ ${e}`
  }
  return null
}

const sum = (w: Float64Array) => w.reduce((s, v) => s + v, 0)
const digestOf = (w: Float64Array) => [
  sum(w),
  w.reduce((s, v) => s + v * v, 0),
  ...Array.from(w).filter((_, i) => i % ref.stride === 0),
]
const expectedDigest = (d: WeightDigest) => [d.sum, d.sumSquares, ...d.every10th]

describe('the inputs are the ones PyTorch used', () => {
  test('same split, same train images and labels', () => {
    const order = splitOrder(split.train.count + split.test.count, ref.splitSeed)
    const train = order.slice(0, ref.trainCount)
    expect(train.slice(0, 10)).toEqual(ref.trainIndices.first)
    expect(train.reduce((s, v) => s + v, 0)).toBe(ref.trainIndices.sum)
    expect(split.train.labels.reduce((s, v) => s + v, 0)).toBe(ref.trainLabelSum)
    expect(firstMismatch([sum(split.train.pixels)], [ref.trainPixelSum])).toBeNull()
  })
  test('same initial weights, bit for bit in the sampled ones', () => {
    const w = initialWeightsFor(ref.seed)
    expect(Array.from(w).filter((_, i) => i % ref.stride === 0)).toEqual(
      ref.initialWeights.every10th,
    )
    expect(firstMismatch(digestOf(w), expectedDigest(ref.initialWeights))).toBeNull()
  })
})

describe('50 mini-batch steps match torch.optim.SGD within 1e-9 relative', () => {
  test.for(ref.cases)('$id', (c) => {
    const t = startNetworkTraining(split, {
      lr: ref.lr,
      momentum: c.momentum,
      nesterov: c.nesterov,
      batchSize: ref.batchSize,
      epochs: 2,
      seed: ref.seed,
    })
    const trainLosses: number[] = []
    for (let k = 0; k < ref.steps; k++) {
      t.step()
      trainLosses.push(evaluate(t.weights(), split.train).loss)
    }
    expect(firstMismatch(t.record.batchLosses.slice(0, ref.steps), c.batchLosses)).toBeNull()
    expect(firstMismatch(trainLosses, c.trainLosses)).toBeNull()
    expect(firstMismatch(digestOf(t.weights()), expectedDigest(c.weights))).toBeNull()
  })
})
