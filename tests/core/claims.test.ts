// The seed's claims, as tests on the default ravine at one shared learning rate (lr 0.018).
import { describe, expect, test } from 'vitest'
import {
  convergedAt,
  getSurface,
  oscillation,
  overshoot,
  runTrajectory,
  valleyAxes,
} from '../../src/core'
import { loadRavineSweep } from '../fixtures/reference'

const ravine = getSurface('ravine')!
const sweep = loadRavineSweep()
const axes = valleyAxes(ravine)
const run = (momentum: number, rule: 'heavy-ball' | 'ema' = 'heavy-ball') => {
  const t = runTrajectory(ravine, {
    start: sweep.start,
    lr: sweep.lr,
    momentum,
    rule,
    steps: sweep.steps,
  })
  return {
    steps: convergedAt(t.points, ravine.minima, t.divergedAt),
    across: oscillation(t.points, axes.across),
    overshoot: overshoot(t.points, [0, 0], axes.along),
  }
}
const gd = run(0)

describe("the seed's claims on the ravine", () => {
  test('momentum 0.9 converges in fewer steps than plain GD (about 3x fewer)', () => {
    const m = run(0.9)
    expect(gd.steps).toBe(495)
    expect(m.steps).toBe(159)
    expect(m.steps! * 3).toBeLessThan(gd.steps! + 20)
  })

  test('momentum 0.9 turns back across the valley about half as often as GD', () => {
    const m = run(0.9)
    expect(gd.across.flips).toBe(49)
    expect(m.across.flips).toBe(24)
  })

  test('…but near GD’s stability limit it swings further across the valley in total', () => {
    expect(run(0.9).across.travel).toBeCloseTo(22.74, 1)
    expect(gd.across.travel).toBeCloseTo(9.0, 5)
    // At momentum ≤ 0.6 it both converges faster and travels less across.
    const m6 = run(0.6)
    expect(m6.across.travel).toBeLessThan(gd.across.travel)
    expect(m6.steps!).toBeLessThan(gd.steps!)
  })

  test('momentum 0.99 overshoots the minimum along the valley and needs more steps than 0.9', () => {
    const big = run(0.99)
    expect(big.overshoot).toBeCloseTo(7.13, 1)
    expect(run(0.9).overshoot).toBeLessThan(big.overshoot)
    expect(big.steps!).toBeGreaterThan(run(0.9).steps!)
  })

  test('momentum 0.1 is barely faster than plain GD', () => {
    const small = run(0.1)
    expect(small.steps!).toBeLessThan(gd.steps!)
    expect(small.steps! / gd.steps!).toBeGreaterThan(0.85)
  })

  test('the metrics agree with every row of the reference sweep', () => {
    for (const row of sweep.rows) {
      const hb = run(row.momentum)
      expect(hb.steps, `momentum ${row.momentum}`).toBe(row.heavyBall.convergedAt)
      expect(hb.across.flips).toBe(row.heavyBall.ySignFlipsFirst50)
      expect(hb.across.travel).toBeCloseTo(row.heavyBall.acrossTravel!, 6)
      expect(hb.overshoot).toBeCloseTo(row.heavyBall.overshoot!, 1)
      if (row.ema) {
        const ema = run(row.momentum, 'ema')
        expect(ema.steps).toBe(row.ema.convergedAt)
        expect(ema.across.flips).toBe(row.ema.ySignFlipsFirst50)
      }
    }
  })
})
