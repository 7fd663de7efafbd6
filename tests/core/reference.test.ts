import { describe, expect, test } from 'vitest'
import { convergedAt, convergedTo, getSurface, runTrajectory, type Vec2 } from '../../src/core'
import { loadTrajectories } from '../fixtures/reference'

const reference = loadTrajectories()
const { absolute, relative } = reference.tolerance

/** The first value outside |a − e| ≤ abs + rel·|e|, named so a failure says where. */
function firstMismatch(actual: readonly number[], expected: readonly number[], what: string) {
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number
    const e = expected[i] as number
    if (!(Math.abs(a - e) <= absolute + relative * Math.abs(e)))
      return `${what}[${i}]: ${a} vs ${e}`
  }
  return null
}
const coords = (points: readonly Vec2[], axis: 0 | 1) => points.map((p) => p[axis])

describe('matches torch.optim.SGD on every reference case', () => {
  test.for(reference.cases)('$id', (c) => {
    const surface = getSurface(c.surface)
    expect(surface, `surface ${c.surface}`).toBeDefined()
    if (!surface) return
    const run = runTrajectory(surface, c)
    expect(run.divergedAt).toBe(c.divergedAt)
    expect(run.points).toHaveLength(c.points.length)
    expect(firstMismatch(coords(run.points, 0), coords(c.points, 0), 'x')).toBeNull()
    expect(firstMismatch(coords(run.points, 1), coords(c.points, 1), 'y')).toBeNull()
    expect(firstMismatch(run.losses, c.losses, 'loss')).toBeNull()
    expect(convergedAt(run.points, surface.minima, run.divergedAt)).toBe(c.convergedAt)
    expect(convergedTo(run.points, surface.minima, run.divergedAt)).toBe(c.convergedTo)
    expect(run.points.flat().every(Number.isFinite)).toBe(true)
    expect(run.losses.every(Number.isFinite)).toBe(true)
  })
})
