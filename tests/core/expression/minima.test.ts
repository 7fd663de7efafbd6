import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { convergedTo, runTrajectory, type Surface, type Vec2 } from '../../../src/core'
import { customSurface, type View } from '../../../src/core/expression'

/** The custom surface for text the test knows to be valid. */
function surfaceOf(src: string, view: View): Surface {
  const r = customSurface(src, view)
  if (!r.ok) throw new Error(`${src}: ${r.error.message}`)
  return r.surface
}

const near = (s: Surface, p: Vec2, tol: number) =>
  s.minima.some((m) => Math.hypot(m.x - p[0], m.y - p[1]) < tol)

describe('three-hump camel: the two side minima sit on grid ties of a symmetric f', () => {
  const CAMEL = '2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2'
  // ∇f = 0 with y = −x/2 gives x⁴ − 4.2x² + 3.5 = 0; the larger root is the side minimum.
  const sideX = Math.sqrt((4.2 + Math.sqrt(4.2 ** 2 - 14)) / 2)
  const expected: Vec2[] = [
    [0, 0],
    [sideX, -sideX / 2],
    [-sideX, sideX / 2],
  ]

  test.each([5, 3, 2])(
    'on [-r, r]² with r = %d it lists all three minima, (0, 0) the global one',
    (r) => {
      const s = surfaceOf(CAMEL, { x: [-r, r], y: [-r, r] })
      expect(s.minima).toHaveLength(3)
      for (const p of expected) expect(near(s, p, 1e-6), `${p}`).toBe(true)
      expect(s.minima.filter((m) => m.isGlobal).map((m) => [m.x, m.y])).toEqual([
        [expect.closeTo(0, 6), expect.closeTo(0, 6)],
      ])
      expect(sideX).toBeCloseTo(1.7476, 4)
    },
  )

  test('a run that ends in a side minimum counts as converged there', () => {
    const s = surfaceOf(CAMEL, { x: [-5, 5], y: [-5, 5] })
    const run = runTrajectory(s, { start: [2.2, -0.4], lr: 0.02, momentum: 0, steps: 1500 })
    const index = convergedTo(run.points, s.minima, run.divergedAt)
    expect(index).not.toBeNull()
    const m = s.minima[index!]!
    expect(m.x).toBeCloseTo(sideX, 5)
    expect(m.isGlobal).toBe(false)
  })
})

const VIEW: View = { x: [-3, 3], y: [-3, 3] }
const num = (v: number) => v.toFixed(4)

describe('every true local minimum is found', () => {
  test('random positive definite quadratic bowls: one minimum, at the centre', () => {
    const bowl = fc.record({
      cx: fc.double({ min: -2.5, max: 2.5, noNaN: true }),
      cy: fc.double({ min: -2.5, max: 2.5, noNaN: true }),
      a: fc.double({ min: 0.05, max: 50, noNaN: true }),
      c: fc.double({ min: 0.05, max: 50, noNaN: true }),
      r: fc.double({ min: -0.95, max: 0.95, noNaN: true }), // b = r·√(ac) keeps it definite
    })
    fc.assert(
      fc.property(bowl, ({ cx, cy, a, c, r }) => {
        const [X, Y] = [`(x - ${num(cx)})`, `(y - ${num(cy)})`]
        const b = r * Math.sqrt(a * c)
        const src = `${num(a)}*${X}^2 + ${num(2 * b)}*${X}*${Y} + ${num(c)}*${Y}^2`
        const s = surfaceOf(src, VIEW)
        expect(s.minima, src).toHaveLength(1)
        const m = s.minima[0]!
        expect(Math.hypot(m.x - Number(num(cx)), m.y - Number(num(cy))), src).toBeLessThan(1e-6)
      }),
      { numRuns: 60 },
    )
  })

  test('random sums of separated wells, many centred between grid points: one minimum each', () => {
    // On [-5, 5]² the scan's grid lines are 0.25 apart, exactly; a well centred at 0.125 + k/4
    // gives its two straddling grid points exactly equal values: a tie in the seed scan. Each well
    // is a bump with compact support, so the others cannot break the tie, and its centre is the
    // true minimum, exactly.
    const coordinate = fc
      .tuple(fc.integer({ min: -14, max: 14 }), fc.constantFrom(0, 0.125))
      .map(([k, offset]) => k / 4 + offset)
    const well = fc.record({
      x: coordinate,
      y: coordinate,
      depth: fc.double({ min: 0.5, max: 2, noNaN: true }),
      radius: fc.double({ min: 0.6, max: 1.2, noNaN: true }), // ≥ 2.4 grid cells of the scan
    })
    const separated = (ws: { x: number; y: number; radius: number }[]) =>
      ws.every((a, i) =>
        ws.every((b, j) => i === j || Math.hypot(a.x - b.x, a.y - b.y) > a.radius + b.radius),
      )
    fc.assert(
      fc.property(fc.array(well, { minLength: 1, maxLength: 5 }).filter(separated), (wells) => {
        const bump = (w: (typeof wells)[number]) =>
          `${num(w.depth)}*max(0, 1 - ((x - ${num(w.x)})^2 + (y - ${num(w.y)})^2)/${num(w.radius ** 2)})^2`
        const src = `-${wells.map(bump).join(' - ')}`
        const s = surfaceOf(src, { x: [-5, 5], y: [-5, 5] })
        for (const w of wells)
          expect(near(s, [w.x, w.y], 1e-6), `${src}: missed ${w.x},${w.y}`).toBe(true)
        expect(s.minima, src).toHaveLength(wells.length)
      }),
      { numRuns: 60 },
    )
  })
})
