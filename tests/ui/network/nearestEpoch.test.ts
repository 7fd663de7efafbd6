import { describe, expect, test } from 'vitest'
import type { Vec2 } from '../../../src/core'
import { nearestEpoch } from '../../../src/ui/network/nearestEpoch'
import type { TrainedNetworks, TrainedRun } from '../../../src/workers/networkProtocol'

// Two runs of 3 epochs at 2 steps per epoch, snapshots every step; run 2 lies 100 units lower.
const run = (dy: number): { r: TrainedRun; points: Vec2[] } => {
  const points: Vec2[] = [0, 1, 2, 3, 4, 5, 6].map((s) => [s * 10, dy])
  return {
    r: {
      epochs: [],
      path: Float64Array.from(points.flat()),
      snapshotSteps: [0, 1, 2, 3, 4, 5, 6],
      stepsPerEpoch: 2,
      divergedAt: null,
    },
    points,
  }
}
const [a, b] = [run(0), run(100)]
const trained: TrainedNetworks = { runs: [a.r, b.r], explained: 1, axisShares: [1, 0] }
const paths = [a.points, b.points]
const identity = (p: Vec2): Vec2 => p

describe('the epoch a pointer over the plane points at', () => {
  test('the nearest epoch snapshot of any run, not a step between epochs', () => {
    expect(nearestEpoch(trained, paths, identity, 41, 2)).toBe(2) // step 4 = epoch 2
    expect(nearestEpoch(trained, paths, identity, 29, 98)).toBe(1) // run 2, step 2
    // Step 3 (x = 30) is no epoch: x = 36 picks step 2 or 4, whichever is nearer (step 4).
    expect(nearestEpoch(trained, paths, identity, 36, 0)).toBe(2)
  })
  test('nothing when the pointer is far from every snapshot', () => {
    expect(nearestEpoch(trained, paths, identity, 30, 50)).toBeNull()
    expect(nearestEpoch(trained, paths, identity, 30, 50, 60)).not.toBeNull()
  })
  test('through the scales: distances are measured on screen', () => {
    const doubled = (p: Vec2): Vec2 => [2 * p[0], 2 * p[1]]
    expect(nearestEpoch(trained, paths, doubled, 120, 0)).toBe(3) // step 6 at x = 120
  })
})
