import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { runTrajectory, type Surface } from '../../../src/core'
import {
  customSurface,
  parseExpression,
  undefinedFraction,
  type View,
} from '../../../src/core/expression'
import { niceFloor } from '../../../src/core/expression/learningRate'

function surfaceOf(src: string, view: View): Surface {
  const r = customSurface(src, view)
  if (!r.ok) throw new Error(r.error.message)
  return r.surface
}

const global = (s: Surface) => s.minima.find((m) => m.isGlobal)

describe('customSurface', () => {
  test('fills every field of a Surface from the source', () => {
    const view: View = { x: [-3, 3], y: [-2, 2] }
    const s = surfaceOf('x^2 + 10*y^2', view)
    expect(s).toMatchObject({ id: 'custom', name: 'Custom', formula: 'x^2 + 10*y^2', domain: view })
    expect(s.latex).toBe('f(x,y)=x^{2}+10\\,y^{2}')
    expect(s.about.length).toBeGreaterThan(20)
    expect(s.f(1, 1)).toBe(11)
    expect(s.grad(1, 1)).toEqual([2, 20])
  })

  test('finds the minimum of x^2 + 10*y^2 at (0, 0), with the Hessian diag(2, 20)', () => {
    const s = surfaceOf('x^2 + 10*y^2', { x: [-3, 3], y: [-2, 2] })
    expect(s.minima).toHaveLength(1)
    const m = s.minima[0]!
    expect(Math.abs(m.x) + Math.abs(m.y)).toBeLessThan(1e-8)
    expect(m.isGlobal).toBe(true)
    expect(m.hessianEigenvalues[0]).toBeCloseTo(2, 4)
    expect(m.hessianEigenvalues[1]).toBeCloseTo(20, 4)
  })

  test("finds Rosenbrock's minimum at (1, 1) on the built-in surface's view", () => {
    const s = surfaceOf('(1-x)^2 + 100*(y-x^2)^2', { x: [-2, 2], y: [-1, 3] })
    const m = global(s)!
    expect(Math.hypot(m.x - 1, m.y - 1)).toBeLessThan(1e-6)
    expect(m.f).toBeLessThan(1e-12)
    // The reference's eigenvalues at (1, 1): 0.399360767488 and 1001.60063923.
    expect(m.hessianEigenvalues[0]).toBeCloseTo(0.39936, 3)
    expect(m.hessianEigenvalues[1] / 1001.60063923).toBeCloseTo(1, 5)
  })

  test('the global minimum it reports is the lowest point of a fine scan of the view', () => {
    const s = surfaceOf('sin(x)*cos(y) + 0.1*(x^2+y^2)', { x: [-5, 5], y: [-5, 5] })
    const m = global(s)!
    let lowest = Infinity
    for (let j = 0; j <= 200; j++) {
      for (let i = 0; i <= 200; i++) lowest = Math.min(lowest, s.f(i / 20 - 5, j / 20 - 5))
    }
    expect(m.f).toBeLessThanOrEqual(lowest)
    expect(Math.hypot(...s.grad(m.x, m.y))).toBeLessThan(1e-8)
    for (const other of s.minima) expect(other.f).toBeGreaterThanOrEqual(m.f)
  })

  test('a plane, a constant and a function undefined everywhere have no minima and do not throw', () => {
    for (const src of ['x + y', '1', 'log(-1 - x^2)']) {
      const s = surfaceOf(src, { x: [-1, 1], y: [-1, 1] })
      expect(s.minima, src).toEqual([])
    }
  })

  test.for([
    ['x^2 + 10*y^2', { x: [-3, 3], y: [-2, 2] }],
    ['(1-x)^2 + 100*(y-x^2)^2', { x: [-2, 2], y: [-1, 3] }],
    ['sin(x)*cos(y) + 0.1*(x^2+y^2)', { x: [-5, 5], y: [-5, 5] }],
    ['abs(x) + abs(y)', { x: [-1, 1], y: [-1, 1] }],
    ['x + y', { x: [-1, 1], y: [-1, 1] }],
  ] as const)(
    '%s: the start is in the view and the lr neither diverges nor stalls',
    ([src, view]) => {
      const s = surfaceOf(src, view)
      const [x, y] = s.defaultStart
      expect(x >= view.x[0] && x <= view.x[1] && y >= view.y[0] && y <= view.y[1]).toBe(true)
      expect(Number.isFinite(s.f(x, y))).toBe(true)
      for (const momentum of [0, 0.9]) {
        const run = runTrajectory(s, {
          start: s.defaultStart,
          lr: s.suggestedLr,
          momentum,
          steps: 300,
        })
        expect(run.divergedAt, `momentum ${momentum}`).toBeNull()
        // Not crawling: plain GD and momentum both make real progress within 300 steps.
        expect(run.losses[run.losses.length - 1]!).toBeLessThan(run.losses[0]!)
      }
    },
  )

  test('on x^2 + 10*y^2 the lr is below 2/L = 0.1 (stability) and within 10x of it', () => {
    const { suggestedLr } = surfaceOf('x^2 + 10*y^2', { x: [-3, 3], y: [-2, 2] })
    expect(suggestedLr).toBeLessThan(0.1)
    expect(suggestedLr).toBeGreaterThanOrEqual(0.01)
  })

  test('passes parse errors through unchanged, and rejects an empty view', () => {
    const view: View = { x: [-1, 1], y: [-1, 1] }
    const parsed = parseExpression('x + ')
    expect(parsed.ok).toBe(false)
    expect(customSurface('x + ', view)).toEqual(parsed)
    for (const bad of [
      { x: [1, 1], y: [-1, 1] },
      { x: [-1, 1], y: [NaN, 1] },
    ] as View[]) {
      const r = customSurface('x', bad)
      expect(r.ok || r.error.message).toMatch(/view/)
    }
  })

  test('the largest expressions finish within their work budget and still give a Surface', () => {
    for (const src of ['sin(' + 'x*y+'.repeat(120) + 'x)', 'x' + '+exp(x)'.repeat(70)]) {
      const r = customSurface(src, { x: [-2, 2], y: [-1, 3] })
      expect(r.ok && r.surface.suggestedLr).toBeGreaterThan(0)
    }
  })

  test.for([
    [0.05, 0.05],
    [1 / 20, 0.05], // 0.05 as a float quotient, just under 5 × 10^-2
    [0.0531, 0.05],
    [0.00099, 0.0005],
    [0.3, 0.2],
    [7, 5],
    [1e-5, 1e-5],
  ] as const)('learning rates are rounded down to 1, 2 or 5 × 10^k: %d → %d', ([v, nice]) => {
    expect(niceFloor(v)).toBe(nice)
  })

  test('random token strings never throw', { timeout: 60_000 }, () => {
    const tokens = ['x', 'y', '1', '2', '+', '-', '*', '/', '^', '(', ')', 'sin(', 'log(', 'sqrt(']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 40 }), (t) => {
        const r = customSurface(t.join(''), { x: [-2, 2], y: [-2, 2] })
        if (!r.ok) return
        expect(r.undefinedFraction).toBeGreaterThanOrEqual(0)
        expect(r.undefinedFraction).toBeLessThanOrEqual(1)
        expect(r.surface.suggestedLr).toBeGreaterThan(0)
      }),
      { numRuns: 150 },
    )
  })
})

describe('undefinedFraction', () => {
  test('log(x) on x in [-1, 1] is undefined on exactly the left half', () => {
    const s = surfaceOf('log(x)', { x: [-1, 1], y: [-1, 1] })
    expect(undefinedFraction(s, 160, 100)).toBe(0.5)
    const r = customSurface('log(x)', { x: [-1, 1], y: [-1, 1] })
    expect(r.ok && r.undefinedFraction).toBe(0.5)
  })

  test('sqrt(1 - x^2 - y^2) on the square is undefined outside the disc: 1 − π/4', () => {
    const s = surfaceOf('sqrt(1 - x^2 - y^2)', { x: [-1, 1], y: [-1, 1] })
    expect(undefinedFraction(s, 200, 200)).toBeCloseTo(1 - Math.PI / 4, 2)
  })

  test('a function defined everywhere gives 0, one defined nowhere gives 1', () => {
    expect(undefinedFraction(surfaceOf('x*y', { x: [-1, 1], y: [-1, 1] }), 160, 100)).toBe(0)
    expect(undefinedFraction(surfaceOf('log(-1-x^2)', { x: [-1, 1], y: [-1, 1] }), 16, 10)).toBe(1)
  })

  test('a nonsense grid size is clamped rather than looping forever or dividing by zero', () => {
    const s = surfaceOf('log(x)', { x: [-1, 1], y: [-1, 1] })
    for (const n of [0, -5, NaN, 1e12]) expect(undefinedFraction(s, n, 2)).toBeGreaterThanOrEqual(0)
  })
})
