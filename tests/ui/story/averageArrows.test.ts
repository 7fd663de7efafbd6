// The arrows of step 3 add up to the velocity the run actually stepped with.
import { expect, test } from 'vitest'
import { dot, getSurface, runTrajectory, type Vec2 } from '../../../src/core'
import { axisTerms } from '../../../src/ui/story/averageArrows'

test('the shown terms and the older ones sum to the run’s velocity, across and along', () => {
  const ravine = getSurface('ravine')!
  const beta = 0.75
  const run = runTrajectory(ravine, { start: [-8, 1], lr: 0.0195, momentum: beta, steps: 30 })
  const grads = run.points.slice(0, 20).map(([x, y]): Vec2 => ravine.grad(x, y))
  const v = run.velocities[19] as Vec2
  for (const direction of [
    [1, 0],
    [0, 1],
  ] as Vec2[]) {
    const t = axisTerms(grads, beta, direction, 6)
    expect(t.terms).toHaveLength(7)
    expect(t.sum).toBeCloseTo(dot(v, direction), 9)
  }
})

test('fewer gradients than shown: no older term to gather', () => {
  const t = axisTerms([[0, 2]], 0.5, [0, 1], 6)
  expect(t.terms).toEqual([0, 2])
  expect(t.sum).toBe(2)
})
