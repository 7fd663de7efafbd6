import { describe, expect, test } from 'vitest'
import {
  coordinatesOf,
  flatten,
  getSurface,
  pairsOf,
  runTrajectory,
  type Trajectory,
} from '../../src/core'
import { dotsPath, linePath } from '../../src/render/geometry'
import { makeScales } from '../../src/render/scales'

const ravine = getSurface('ravine')!

describe("a trajectory's coordinates", () => {
  test('interleave its points, which are made once and then kept', () => {
    for (const momentum of [0, 0.9]) {
      const t = runTrajectory(ravine, { start: [-8, 1], lr: 0.0195, momentum, steps: 300 })
      const xy = coordinatesOf(t)
      expect(xy).toHaveLength(2 * t.points.length)
      expect(pairsOf(xy)).toEqual(t.points)
      expect(t.points).toBe(t.points)
      expect(t.velocities).toBe(t.velocities)
      expect(t.velocities).toHaveLength(t.points.length - 1)
    }
  })

  test('of a diverged run stop at its last recorded point', () => {
    const t = runTrajectory(ravine, { start: [-8, 1], lr: 0.05, momentum: 0.9, steps: 300 })
    expect(t.divergedAt).not.toBeNull()
    expect(coordinatesOf(t)).toHaveLength(2 * (t.divergedAt as number))
    expect(coordinatesOf(t).every(Number.isFinite)).toBe(true)
  })

  test('of a trajectory made elsewhere (a worker, a model) come from its points', () => {
    const t: Trajectory = {
      points: [
        [1, 2],
        [3, -4],
      ],
      losses: [5, 25],
      velocities: [[2, -6]],
      divergedAt: null,
    }
    expect([...coordinatesOf(t)]).toEqual([1, 2, 3, -4])
    expect(coordinatesOf(t)).toBe(coordinatesOf(t))
    expect(pairsOf(flatten(t.points))).toEqual(t.points)
  })

  test('draw the same paths as its points', () => {
    const t = runTrajectory(ravine, { start: [-8, 1], lr: 0.0195, momentum: 0.9, steps: 600 })
    const scales = makeScales(ravine.domain, 640, 400)
    const xy = coordinatesOf(t)
    expect(linePath(xy, scales)).toBe(linePath(t.points, scales))
    expect(dotsPath(xy, scales, 200, 40)).toBe(dotsPath(t.points, scales, 200, 40))
    expect(linePath(xy, scales).length).toBeGreaterThan(100)
  })
})
