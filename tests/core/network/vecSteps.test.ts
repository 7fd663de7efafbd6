import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { emaStep, sgdStep, stepFor, type StepState, type Vec2 } from '../../../src/core'
import { emaStepVec, sgdStepVec, vecStepFor, type VecStepState } from '../../../src/core/network'

const num = fc.double({ min: -1e3, max: 1e3, noNaN: true })
const vec = fc.tuple(num, num) as fc.Arbitrary<Vec2>
const rate = fc.double({ min: 0, max: 1, noNaN: true })
const f64 = (v: Vec2 | null) => (v === null ? null : Float64Array.from(v))
// Object.is tells -0 from 0: the vector rules must round exactly as the 2D ones, bit for bit.
const same = (a: StepState, b: VecStepState) => {
  const xs = [...a.w, ...(a.buf ?? [])]
  const ys = [...b.w, ...(b.buf ?? [])]
  return (
    (a.buf === null) === (b.buf === null) &&
    xs.length === ys.length &&
    xs.every((x, i) => Object.is(x, ys[i]))
  )
}

describe('the vector update rules reduce to the 2D core on 2-vectors, exactly', () => {
  test('sgdStepVec = sgdStep (GD, heavy ball, Nesterov, dampening)', () => {
    fc.assert(
      fc.property(
        vec,
        fc.option(vec, { nil: null }),
        vec,
        rate,
        fc.constantFrom(0, 0.5, 0.9, 0.99),
        rate,
        fc.boolean(),
        (w, buf, g, lr, momentum, dampening, nesterov) => {
          const o = { lr, momentum, dampening, nesterov }
          const wv = f64(w) as Float64Array
          expect(
            same(sgdStep(w, buf, g, o), sgdStepVec(wv, f64(buf), f64(g) as Float64Array, o)),
          ).toBe(true)
          expect(Array.from(wv)).toEqual(w) // pure: the input is untouched
        },
      ),
    )
  })
  test('emaStepVec = emaStep (the moving average)', () => {
    fc.assert(
      fc.property(vec, fc.option(vec, { nil: null }), vec, rate, rate, (w, buf, g, lr, beta) => {
        const got = emaStepVec(f64(w) as Float64Array, f64(buf), f64(g) as Float64Array, lr, beta)
        expect(same(emaStep(w, buf, g, lr, beta), got)).toBe(true)
      }),
    )
  })
  test('vecStepFor picks the same rule and defaults as stepFor over a run of steps', () => {
    const rules = [
      { lr: 0.1, momentum: 0 },
      { lr: 0.1, momentum: 0.9 },
      { lr: 0.1, momentum: 0.9, nesterov: true },
      { lr: 0.1, momentum: 0.9, dampening: 0.5 },
      { lr: 0.1, momentum: 0.9, rule: 'ema' as const },
    ]
    for (const o of rules) {
      const [s2, sv] = [stepFor(o), vecStepFor(o)]
      let a: StepState = { w: [1, -2], buf: null }
      let b: VecStepState = { w: Float64Array.from([1, -2]), buf: null }
      for (let k = 0; k < 20; k++) {
        const g: Vec2 = [Math.sin(k) * a.w[0], Math.cos(k) + a.w[1]]
        a = s2(a.w, a.buf, g)
        b = sv(b.w, b.buf, Float64Array.from(g))
      }
      expect(same(a, b)).toBe(true)
    }
  })
})
