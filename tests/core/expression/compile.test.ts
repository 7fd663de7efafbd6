import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { FUNCTIONS } from '../../../src/core/expression'
import { compiled, finiteDifference } from './helpers'

const coord = fc.double({ min: -3, max: 3, noNaN: true })

/** |a − b| within rounding of the terms that made b (so cancellation cannot fail the test). */
const close = (a: number, b: number, magnitude: number) =>
  Math.abs(a - b) <= 1e-12 * (1 + magnitude)

// The examples, each with the same formula written by hand in TypeScript and its
// gradient derived on paper.
const examples = [
  {
    src: 'x^2 + 10*y^2',
    f: (x: number, y: number) => x ** 2 + 10 * y ** 2,
    grad: (x: number, y: number) => [2 * x, 20 * y],
    magnitude: (x: number, y: number) => 2 * Math.abs(x) + 20 * Math.abs(y),
  },
  {
    src: '(1-x)^2 + 100*(y-x^2)^2',
    f: (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x ** 2) ** 2,
    grad: (x: number, y: number) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
    magnitude: (x: number, y: number) =>
      2 * Math.abs(1 - x) + 400 * Math.abs(x) * (Math.abs(y) + x * x) + 200 * (Math.abs(y) + x * x),
  },
  {
    src: 'sin(x)*cos(y) + 0.1*(x^2+y^2)',
    f: (x: number, y: number) => Math.sin(x) * Math.cos(y) + 0.1 * (x ** 2 + y ** 2),
    grad: (x: number, y: number) => [
      Math.cos(x) * Math.cos(y) + 0.2 * x,
      -Math.sin(x) * Math.sin(y) + 0.2 * y,
    ],
    magnitude: (x: number, y: number) => 1 + 0.2 * (Math.abs(x) + Math.abs(y)),
  },
]

describe.each(examples)('$src', ({ src, f, grad, magnitude }) => {
  const c = compiled(src)

  test('evaluates exactly like the hand-written TypeScript', () => {
    fc.assert(
      fc.property(coord, coord, (x, y) => {
        expect(c.f(x, y)).toBe(f(x, y))
      }),
      { numRuns: 1000 },
    )
  })

  test('its gradient matches the analytic one', () => {
    fc.assert(
      fc.property(coord, coord, (x, y) => {
        const [gx, gy] = c.grad(x, y)
        const [ex, ey] = grad(x, y)
        expect(close(gx, ex!, magnitude(x, y)), `∂x at (${x}, ${y}): ${gx} vs ${ex}`).toBe(true)
        expect(close(gy, ey!, magnitude(x, y)), `∂y at (${x}, ${y}): ${gy} vs ${ey}`).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('every function in the table differentiates correctly', () => {
  // P stays in [0.36, 1.0] for x, y in [0.2, 1]: inside every domain and away from tan's poles.
  const P = '(0.3 + 0.5*x*y + 0.2*x)'
  const Q = `(${P} + 0.3)` // always above P, so min and max never sit on their kink
  const cases = Object.entries(FUNCTIONS).flatMap(([name, spec]) => {
    if (spec.arity === 2) return [`${name}(${P}, ${Q})`, `${name}(${Q}, ${P})`]
    // Functions defined for negative arguments are checked there too (abs's other branch).
    return name === 'log' || name === 'sqrt'
      ? [`${name}(${P})`]
      : [`${name}(${P})`, `${name}(-${P})`]
  })
  const unit = fc.double({ min: 0.2, max: 1, noNaN: true })

  test.for([...cases, 'x^y', 'x/y', 'y/(1 + x^2)', '-x*y^3', 'exp(-x^2 - y^2)'])('%s', (src) => {
    const { f, grad } = compiled(src)
    fc.assert(
      fc.property(unit, unit, (x, y) => {
        const [gx, gy] = grad(x, y)
        const [dx, dy] = finiteDifference(f, x, y)
        expect(Math.abs(gx - dx), `∂x at (${x}, ${y})`).toBeLessThan(1e-6 * (1 + Math.abs(dx)))
        expect(Math.abs(gy - dy), `∂y at (${x}, ${y})`).toBeLessThan(1e-6 * (1 + Math.abs(dy)))
      }),
      { numRuns: 100 },
    )
  })
})

describe('edges of the domain give numbers, never exceptions', () => {
  test('a constant integer power of a negative base keeps a finite gradient', () => {
    // d/dx x^3 = 3x^2 = 12 at x = -2; ∂/∂b of a^b (log of a negative) must not leak in.
    expect(compiled('x^3').grad(-2, 0)).toEqual([12, 0])
  })

  test('a variable it does not depend on has a zero partial, even where the other is infinite', () => {
    const [gx, gy] = compiled('sqrt(x) + y').grad(0, 1)
    expect(gx).toBe(Infinity)
    expect(gy).toBe(1)
  })

  test('outside a domain the value is NaN', () => {
    expect(compiled('sqrt(x)').f(-1, 0)).toBeNaN()
    expect(compiled('log(x)').f(-1, 0)).toBeNaN()
    expect(compiled('1/x').f(0, 0)).toBe(Infinity)
  })

  test('abs and min/max pick a one-sided derivative on their kinks', () => {
    expect(compiled('abs(x)').grad(0, 0)).toEqual([0, 0])
    expect(compiled('min(x, y)').grad(1, 1)).toEqual([1, 0])
    expect(compiled('max(x, y)').grad(1, 1)).toEqual([1, 0])
  })

  test('constants fold to the same numbers as evaluating them', () => {
    expect(compiled('2*pi*x').f(1, 0)).toBe(2 * Math.PI * 1)
    expect(compiled('x + sin(1)^2').f(1, 0)).toBe(1 + Math.sin(1) ** 2)
  })
})
