import { describe, expect, test } from 'vitest'
import { convergedAt, getSurface, heavyBallRate, runTrajectory } from '../../../src/core'
import { measuredRate } from '../../../src/ui/map/measuredRate'

const ravine = getSurface('ravine')!
const [mu, L] = [1, 100] // the ravine's Hessian eigenvalues, diag(1, 100)

function measure(lr: number, momentum: number, steps = 1000) {
  const t = runTrajectory(ravine, { start: [-8, 1], lr, momentum, steps })
  const end = convergedAt(t.points, ravine.minima, t.divergedAt) ?? undefined
  return measuredRate(t.losses, 0, end)
}

describe('measuredRate on the ravine agrees with heavyBallRate', () => {
  test.for([
    { lr: 0.018, momentum: 0 },
    { lr: 0.01, momentum: 0 },
    { lr: 0.018, momentum: 0.5 },
    { lr: 0.018, momentum: 0.9 },
    { lr: 0.005, momentum: 0.95 },
    { lr: 0.002, momentum: 0.6 },
  ])('lr=$lr momentum=$momentum', ({ lr, momentum }) => {
    const expected = heavyBallRate(lr, momentum, mu, L)
    const got = measure(lr, momentum)
    expect(got).not.toBeNull()
    expect(Math.abs(got! - expected) / expected).toBeLessThan(0.01)
  })

  test('at the optimal pair (a double root) it is within 5 %: k·r^k decays slower than r^k', () => {
    const [lr, momentum] = [4 / (1 + 10) ** 2, (9 / 11) ** 2]
    const expected = heavyBallRate(lr, momentum, mu, L)
    expect(Math.abs(measure(lr, momentum)! - expected) / expected).toBeLessThan(0.05)
  })

  test('a diverging run measures a rate above 1, as theory says', () => {
    // lr·L = 2.2 > 2(1+0): plain GD is unstable across the valley.
    const t = runTrajectory(ravine, { start: [-8, 1], lr: 0.022, momentum: 0, steps: 60 })
    const got = measuredRate(t.losses, 0)
    expect(got).toBeGreaterThan(1)
    expect(got!).toBeCloseTo(heavyBallRate(0.022, 0, mu, L), 2)
  })

  test('too few points give no estimate', () => {
    expect(measuredRate([8, 4, 2, 1], 0)).toBeNull()
    expect(measuredRate(new Array(20).fill(0), 0)).toBeNull()
  })
})
