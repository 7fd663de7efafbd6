import { describe, expect, test, vi } from 'vitest'
import { mulberry32 } from '../../../src/core/models'
import {
  evaluate,
  planeLoss,
  pointOnPlane,
  principalPlane,
  projectOnto,
  trainNetwork,
} from '../../../src/core/network'
import { digits } from '../../fixtures/digits'

// Real training runs: slow when the machine is shared, so more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 })

const rand = mulberry32(11)
const randomVector = (n: number) => Float64Array.from({ length: n }, () => 2 * rand() - 1)
const maxDiff = (a: Float64Array, b: Float64Array) =>
  a.reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0)

describe('the principal plane of weight snapshots', () => {
  const n = 500
  const origin = randomVector(n)
  // two directions that are neither orthogonal nor of unit length
  const [p, q] = [randomVector(n), randomVector(n)]
  const inPlane = Array.from({ length: 40 }, (_, t) => {
    const [a, b] = [Math.cos(t / 5) * (3 - t / 20), t / 8]
    return origin.map((o, i) => o + a * (p[i] as number) + b * (q[i] as number))
  })

  test('a trajectory that lies in a plane is reproduced exactly, and the plane explains it all', () => {
    const plane = principalPlane(inPlane)
    expect(plane.explained).toBeCloseTo(1, 12)
    for (const w of inPlane) {
      const [a, b] = projectOnto(plane, w)
      expect(maxDiff(pointOnPlane(plane, a, b), w)).toBeLessThan(1e-12)
    }
  })
  test('its axes are orthonormal and ordered by variance', () => {
    const { axes, variances } = principalPlane(inPlane)
    const dot = (x: Float64Array, y: Float64Array) =>
      x.reduce((s, v, i) => s + v * (y[i] as number), 0)
    expect(dot(axes[0], axes[0])).toBeCloseTo(1, 12)
    expect(dot(axes[1], axes[1])).toBeCloseTo(1, 12)
    expect(Math.abs(dot(axes[0], axes[1]))).toBeLessThan(1e-12)
    expect(variances[0]).toBeGreaterThanOrEqual(variances[1])
  })
  test('points off the plane: the explained share drops below 1 and says how much', () => {
    const noisy = inPlane.map((w) => w.map((v) => v + 0.3 * (2 * rand() - 1)))
    const plane = principalPlane(noisy)
    expect(plane.explained).toBeLessThan(0.99)
    expect(plane.explained).toBeGreaterThan(0.3)
    // the explained share is the in-plane part of the squared deviations
    const offPlane = noisy.reduce((s, w) => {
      const [a, b] = projectOnto(plane, w)
      return s + pointOnPlane(plane, a, b).reduce((t, v, i) => t + (v - (w[i] as number)) ** 2, 0)
    }, 0)
    expect(1 - offPlane / plane.totalVariance).toBeCloseTo(plane.explained, 9)
  })
  test('the first point lands at negative coordinates on both axes', () => {
    const [a, b] = projectOnto(principalPlane(inPlane), inPlane[0] as Float64Array)
    expect(a).toBeLessThan(0)
    expect(b).toBeLessThan(0)
  })
})

describe('the loss on the plane', () => {
  const { split } = digits()
  const run = trainNetwork(split, { lr: 0.05, momentum: 0.9, batchSize: 128, epochs: 2, seed: 1 })
  const plane = principalPlane(run.snapshots)
  const loss = planeLoss(split.train, plane)
  test.for([
    [0, 0],
    [-3, 1.5],
    [2.5, -4],
  ])('at (%f, %f) equals the network evaluated at that point', ([a, b]) => {
    const direct = evaluate(pointOnPlane(plane, a as number, b as number), split.train).loss
    expect(Math.abs(loss(a as number, b as number) - direct)).toBeLessThan(1e-12 * direct)
  })
  test('a real run: the plane explains most of a short trajectory', () => {
    expect(plane.explained).toBeGreaterThan(0.5)
    expect(plane.explained).toBeLessThanOrEqual(1)
  })
})
