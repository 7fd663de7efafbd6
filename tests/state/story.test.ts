// The guided story's claims (issue #22), each measured at the state its step sets: if a number
// moves so that a step's claim would be false, its test fails.
import { beforeAll, describe, expect, test } from 'vitest'
import {
  convergedAt,
  crossings,
  oscillation,
  optimumRace,
  overshoot,
  runTrajectory,
  valleyAxes,
  velocityParts,
  windowTravel,
  type Vec2,
} from '../../src/core'
import { makeRunDeriver, type RunResult } from '../../src/state/deriver'
import { STORY_STEPS, storyParams, storyStepAt } from '../../src/state/storySteps'
import { pageCatalog as catalog } from '../../src/state/catalog'
import { epochRuns } from '../../src/ui/models/epochSeries'

beforeAll(() => catalog.load('logreg'))

function measure(id: string) {
  const step = STORY_STEPS.find((s) => s.id === id)!
  const p = storyParams(step)
  const surface = catalog.find(p.surface)!
  const results = makeRunDeriver()({ ...p, surface }, p.runs)
  const steps = (r: RunResult) =>
    convergedAt(r.trajectory.points, surface.minima, r.trajectory.divergedAt)
  return { p, surface, results, steps, axes: valleyAxes(surface) }
}

describe('the story as data', () => {
  test('eight steps with unique ids; ?story=N clamps into them', () => {
    expect(STORY_STEPS).toHaveLength(8)
    expect(new Set(STORY_STEPS.map((s) => s.id)).size).toBe(8)
    expect(storyStepAt(0)).toBe(STORY_STEPS[0])
    expect(storyStepAt(99)).toBe(STORY_STEPS[7])
  })
})

describe('each step’s claim holds at the state it sets', () => {
  test('1. gradient descent: every step is exactly −α∇f at the point it leaves, and it arrives', () => {
    const { p, surface, results, steps } = measure('gradient')
    const { points } = results[0]!.trajectory
    for (let k = 1; k < points.length; k++) {
      const [x, y] = points[k - 1] as Vec2
      const g = surface.grad(x, y)
      expect(points[k]![0]).toBe(x - p.lr * g[0])
      expect(points[k]![1]).toBe(y - p.lr * g[1])
    }
    expect(steps(results[0]!)).not.toBeNull()
  })

  test('2. zig-zag: GD’s across part flips at nearly every one of 50 steps; along it travels ≥ 5× less', () => {
    const { results, axes } = measure('zigzag')
    const { points } = results[0]!.trajectory
    expect(oscillation(points, axes.across, 50).flips).toBeGreaterThanOrEqual(45)
    const t = windowTravel(points, axes, 50)
    expect(t.across).toBeGreaterThan(5 * t.along)
  })

  test('3. moving average: GD travels ≥ 3× as far across; momentum’s velocity cancels across, adds along', () => {
    const { surface, results, axes } = measure('average')
    const [gd, m] = results as [RunResult, RunResult]
    expect(gd.summary.across.travel).toBeGreaterThan(3 * m.summary.across.travel)
    const grads = m.trajectory.points.slice(0, 20).map(([x, y]) => surface.grad(x, y))
    const v = velocityParts(grads, m.run.momentum, axes)
    expect(v.acrossKept).toBeLessThan(0.5)
    expect(v.alongGain).toBeGreaterThan(1.5)
    expect(v.isAlongSteady).toBe(true)
    // The velocity the run used is the sum the test rebuilt: the arrows show what it steps by.
    const used = m.trajectory.velocities[19] as Vec2
    const sum = grads.reduceRight<Vec2>(
      (acc, g, j) => {
        const w = m.run.momentum ** (19 - j)
        return [acc[0] + w * g[0], acc[1] + w * g[1]]
      },
      [0, 0],
    )
    expect(used[0]).toBeCloseTo(sum[0], 9)
    expect(used[1]).toBeCloseTo(sum[1], 9)
  })

  test('4. faster: momentum reaches the minimum ≥ 5× sooner, and its loss is lower after 50 steps', () => {
    const { results, steps } = measure('faster')
    const [gd, m] = results as [RunResult, RunResult]
    expect(steps(gd)! / steps(m)!).toBeGreaterThan(5)
    expect(m.trajectory.losses[50]!).toBeLessThan(gd.trajectory.losses[50]!)
  })

  test('5. a real model: momentum leads in loss and accuracy at 30 epochs, and GD has not finished', () => {
    const { p, results } = measure('model')
    const data = epochRuns(results)!
    const [gd, m] = data.runs.map((r) => r.epochs.at(-1)!) as [
      (typeof data.runs)[0]['epochs'][0],
      (typeof data.runs)[0]['epochs'][0],
    ]
    expect(m.trainLoss).toBeLessThan(gd.trainLoss)
    expect(m.testAccuracy!).toBeGreaterThan(gd.testAccuracy!)
    const min = catalog.model(p.surface)!.surface.minima[0]!
    expect(gd.trainLoss).toBeGreaterThan(min.f * 1.1) // the caveat: GD is still training
  })

  test('6. too much: the largest β passes the minimum ≥ 3 times by > 5, and needs ≥ 8× a tuned β’s steps', () => {
    const { results, steps, axes } = measure('too-much')
    const [gd, good, big] = results as [RunResult, RunResult, RunResult]
    expect(crossings(big.trajectory.points, [0, 0], axes.along)).toBeGreaterThanOrEqual(3)
    expect(overshoot(big.trajectory.points, [0, 0], axes.along)).toBeGreaterThan(5)
    expect(steps(big)! / steps(good)!).toBeGreaterThan(8)
    expect(steps(big)!).toBeGreaterThan(steps(gd)!)
  })

  test('7. too little: β = 0.1 saves under 20 % of GD’s steps (but some)', () => {
    const { results, steps } = measure('too-little')
    const [gd, small] = results as [RunResult, RunResult]
    expect(small.run.momentum).toBe(0.1)
    expect(1 - steps(small)! / steps(gd)!).toBeLessThan(0.2)
    expect(steps(small)!).toBeLessThan(steps(gd)!)
  })

  test('8. the slogan’s limits: 0.9 turns back less yet swings further; the optimum beats GD by under √κ', () => {
    const { p, surface, results } = measure('limits')
    const [gd, m] = results as [RunResult, RunResult]
    expect(m.summary.across.flips).toBeLessThan(gd.summary.across.flips)
    expect(m.summary.across.travel).toBeGreaterThan(2 * gd.summary.across.travel)
    expect(p.map).toBe(true)
    const race = optimumRace(surface, p.start, 2000)!
    const ratio = race.gdSteps! / race.momentumSteps!
    expect(ratio).toBeGreaterThan(0.5 * race.sqrtKappa)
    expect(ratio).toBeLessThan(race.sqrtKappa)
  })

  test('8. the moving average walks exactly heavy ball’s path at α(1 − β)', () => {
    const { p, surface } = measure('limits')
    const o = { start: p.start, momentum: 0.9, steps: 300 }
    const ema = runTrajectory(surface, { ...o, lr: p.lr, rule: 'ema' })
    const hb = runTrajectory(surface, { ...o, lr: p.lr * (1 - 0.9) })
    const gap = Math.max(
      ...ema.points.map((q, k) => Math.hypot(q[0] - hb.points[k]![0], q[1] - hb.points[k]![1])),
    )
    expect(gap).toBeLessThan(1e-9)
  })
})
