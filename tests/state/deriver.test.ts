import { describe, expect, test } from 'vitest'
import { getSurface, runTrajectory } from '../../src/core'
import { makeRunDeriver } from '../../src/state/deriver'
import type { RunParams } from '../../src/state/params'

const shared = { surface: getSurface('ravine')!, lr: 0.018, start: [-8, 1] as const, steps: 200 }
const gd: RunParams = { id: 'gd', momentum: 0, rule: 'heavy-ball' }
const run = (momentum: number): RunParams => ({ id: 'm', momentum, rule: 'heavy-ball' })

describe('the run deriver', () => {
  test('a run dragged back to a momentum it just had gets that trajectory again, in a new result', () => {
    const derive = makeRunDeriver()
    const [, first] = derive(shared, [gd, run(0.5)])
    derive(shared, [gd, run(0.6)])
    const back = run(0.5)
    const [plain, again] = derive(shared, [gd, back])
    expect(again!.trajectory).toBe(first!.trajectory)
    expect(again!.run).toBe(back)
    expect(again).not.toBe(first)
    expect(plain!.trajectory.points).toEqual(
      runTrajectory(shared.surface, { ...shared, momentum: 0 }).points,
    )
  })

  test('it keeps the 32 newest: older values are computed again, to the same points', () => {
    const derive = makeRunDeriver()
    const [first] = derive(shared, [run(0.5)])
    for (let k = 0; k < 32; k++) derive(shared, [run(0.6 + k / 100)])
    const [again] = derive(shared, [run(0.5)])
    expect(again!.trajectory).not.toBe(first!.trajectory)
    expect(again!.trajectory.points).toEqual(first!.trajectory.points)
  })

  test('a run whose inputs stay the same keeps its result while another is dragged through 40 values', () => {
    const derive = makeRunDeriver()
    const [first] = derive(shared, [gd, run(0.5)])
    for (let k = 0; k < 40; k++) derive(shared, [gd, run(0.51 + k / 100)])
    const [still] = derive(shared, [gd, run(0.5)])
    expect(still).toBe(first)
  })

  test('another learning rate is another run, not the kept one', () => {
    const derive = makeRunDeriver()
    const [first] = derive(shared, [run(0.5)])
    const [other] = derive({ ...shared, lr: 0.01 }, [run(0.5)])
    expect(other!.trajectory).not.toBe(first!.trajectory)
    expect(other!.trajectory.points).toEqual(
      runTrajectory(shared.surface, { ...shared, lr: 0.01, momentum: 0.5 }).points,
    )
  })
})
