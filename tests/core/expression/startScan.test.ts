import { describe, expect, test } from 'vitest'
import { customSurface } from '../../../src/core/expression'
import { runTrajectory } from '../../../src/core'

describe('the custom surface’s start', () => {
  test('is a point where f is defined and sloped, even when every preferred start is not', () => {
    const r = customSurface('sqrt(1-x^2-y^2)', { x: [-2, 2], y: [-1.5, 1.5] })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const [x, y] = r.surface.defaultStart
    expect(Number.isFinite(r.surface.f(x, y))).toBe(true)
    const g = r.surface.grad(x, y)
    expect(Math.hypot(g[0], g[1])).toBeGreaterThan(0)
    // A run from there moves (it no longer sits on the flat top of the dome).
    const t = runTrajectory(r.surface, {
      start: [x, y],
      lr: r.surface.suggestedLr,
      momentum: 0,
      steps: 5,
    })
    const last = t.points[t.points.length - 1]!
    expect(Math.hypot(last[0] - x, last[1] - y)).toBeGreaterThan(0)
  })
})
