import { describe, expect, test } from 'vitest'
import {
  getSurface,
  heavyBallRate,
  isHeavyBallStable,
  quadraticTheory,
  runTrajectory,
} from '../../src/core'
import { loadRavineSweep, loadSurfaces } from '../fixtures/reference'

describe('quadratic theory', () => {
  test.for(loadSurfaces().filter((s) => s.quadratic))(
    '$id matches the reference numbers',
    (ref) => {
      const t = quadraticTheory(getSurface(ref.id)!.quadratic!)
      const q = ref.quadratic!
      expect(t.conditionNumber).toBeCloseTo(q.conditionNumber, 9)
      expect(t.gdStableBelowLr).toBeCloseTo(q.gdStableBelowLr, 9)
      expect(t.gdBestLr).toBeCloseTo(q.gdBestLr, 9)
      expect(t.gdBestRate).toBeCloseTo(q.gdBestRate, 9)
      expect(t.momentumBestLr).toBeCloseTo(q.momentumBestLr, 9)
      expect(t.momentumBestMomentum).toBeCloseTo(q.momentumBestMomentum, 9)
      expect(t.momentumBestRate).toBeCloseTo(q.momentumBestRate, 9)
    },
  )

  test('the across-valley direction of the tilted ravine is its stiff eigenvector', () => {
    const t = quadraticTheory(getSurface('rotated-ravine')!.quadratic!)
    // v = −0.6(x−1) + 0.8(y+0.5) across the valley, up to sign.
    expect(Math.abs(t.across[0] * -0.6 + t.across[1] * 0.8)).toBeCloseTo(1, 9)
  })

  test('heavyBallRate gives the sweep’s asymptotic rates', () => {
    const sweep = loadRavineSweep()
    for (const row of sweep.rows) {
      expect(heavyBallRate(sweep.lr, row.momentum, 1, 100)).toBeCloseTo(
        (row as unknown as { rateHeavyBall: number }).rateHeavyBall,
        3,
      )
    }
  })

  test('the stability edge 2(1+β)/L separates converging from diverging runs', () => {
    const ravine = getSurface('ravine')!
    for (const momentum of [0, 0.5, 0.9]) {
      const edge = (2 * (1 + momentum)) / 100
      expect(isHeavyBallStable(edge * 0.97, momentum, 100)).toBe(true)
      expect(isHeavyBallStable(edge * 1.03, momentum, 100)).toBe(false)
      const below = runTrajectory(ravine, {
        start: [-8, 1],
        lr: edge * 0.97,
        momentum,
        steps: 3000,
      })
      const above = runTrajectory(ravine, {
        start: [-8, 1],
        lr: edge * 1.03,
        momentum,
        steps: 3000,
      })
      expect(below.divergedAt).toBeNull()
      expect(above.divergedAt).not.toBeNull()
    }
  })
})
