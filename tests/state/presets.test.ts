// Every preset's story, measured at the state the preset sets: if a number moves, the story fails.
import { beforeAll, describe, expect, test } from 'vitest'
import { convergedAt, nearestMinimum, overshoot, valleyAxes, type Vec2 } from '../../src/core'
import { makeRunDeriver, type RunResult } from '../../src/state/deriver'
import { defaultParams } from '../../src/state/params'
import { PRESETS, presetParams } from '../../src/state/presets'
import { pageCatalog as catalog } from '../../src/state/catalog'

beforeAll(() => catalog.load('logreg'))

function resultsOf(id: string) {
  const preset = PRESETS.find((p) => p.id === id)!
  const p = presetParams(preset)
  const surface = catalog.find(p.surface)!
  const results = makeRunDeriver()({ ...p, surface }, p.runs)
  const steps = (r: RunResult) =>
    convergedAt(r.trajectory.points, surface.minima, r.trajectory.divergedAt)
  const end = (r: RunResult) => {
    const last = r.trajectory.points.at(-1) as Vec2
    return surface.minima[nearestMinimum(last, surface.minima).index]!
  }
  return { p, surface, results, steps, end }
}

describe('each preset shows its claim at its own state', () => {
  test('the page opens on the zig-zag valley', () => {
    const zigzag = presetParams(PRESETS.find((p) => p.id === 'zigzag')!)
    expect(zigzag).toEqual(defaultParams())
  })

  test('zig-zag valley: GD travels ≥ 3× as far across; momentum ≥ 5× sooner', () => {
    const { results, steps } = resultsOf('zigzag')
    const [gd, m] = results as [RunResult, RunResult]
    expect(gd.summary.across.travel).toBeGreaterThan(3 * m.summary.across.travel)
    expect(steps(gd)! / steps(m)!).toBeGreaterThan(5)
    expect(gd.summary.across.flips).toBeGreaterThan(45) // still zig-zagging after 50 steps
  })

  test('near the limit: 0.9 turns back half as often, travels further across, still ≥ 3× sooner', () => {
    const { results, steps } = resultsOf('near-limit')
    const [gd, m] = results as [RunResult, RunResult]
    expect(m.summary.across.flips * 2).toBeLessThanOrEqual(gd.summary.across.flips + 1)
    expect(m.summary.across.travel).toBeGreaterThan(2 * gd.summary.across.travel)
    expect(steps(gd)! / steps(m)!).toBeGreaterThan(3)
  })

  test('too much: 0.97 overshoots along the valley and needs more steps than GD and ≥ 8× more than 0.75', () => {
    const { surface, results, steps } = resultsOf('too-much')
    const [gd, good, big] = results as [RunResult, RunResult, RunResult]
    const along = valleyAxes(surface).along
    expect(overshoot(big.trajectory.points, [0, 0], along)).toBeGreaterThan(5)
    expect(overshoot(good.trajectory.points, [0, 0], along)).toBeLessThan(0.5)
    expect(steps(big)).not.toBeNull() // enough steps for it to arrive
    expect(steps(big)!).toBeGreaterThan(steps(gd)!)
    expect(steps(big)! / steps(good)!).toBeGreaterThan(8)
  })

  test('too little: 0.1 saves at most 15 % of GD’s steps; 0.75 at least 80 %', () => {
    const { results, steps } = resultsOf('too-little')
    const [gd, small, good] = results as [RunResult, RunResult, RunResult]
    expect(steps(small)! / steps(gd)!).toBeGreaterThan(0.85)
    expect(steps(small)!).toBeLessThan(steps(gd)!)
    expect(steps(good)! / steps(gd)!).toBeLessThan(0.2)
  })

  test('banana: momentum reaches (1, 1) within the steps, plain GD does not', () => {
    const { results, steps } = resultsOf('banana')
    const [gd, m] = results as [RunResult, RunResult]
    expect(steps(gd)).toBeNull()
    expect(gd.trajectory.divergedAt).toBeNull()
    expect(steps(m)).not.toBeNull()
  })

  test('shallow well: GD ends in a local minimum, momentum 0.9 in the global one', () => {
    const { results, steps, end } = resultsOf('local-minima')
    const [gd, m] = results as [RunResult, RunResult]
    expect(steps(gd)).not.toBeNull()
    expect(end(gd).isGlobal).toBe(false)
    expect(steps(m)).not.toBeNull()
    expect(end(m).isGlobal).toBe(true)
  })

  test('rules: Nesterov diverges; the moving average arrives last of the other two', () => {
    const { results, steps } = resultsOf('rules')
    const [hb, nesterov, ema] = results as [RunResult, RunResult, RunResult]
    expect(nesterov.trajectory.divergedAt).not.toBeNull()
    expect(steps(ema)!).toBeGreaterThan(steps(hb)!)
  })
})
