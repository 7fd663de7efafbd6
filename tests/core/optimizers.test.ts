import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { axpy, emaStep, scale, sgdStep, type Vec2 } from '../../src/core'

// The update rules as vectors, in torch's documented order: what sgdStep and emaStep compute per
// coordinate. Equal bit for bit, not just close: the reference match depends on the rounding.
const sgdByVectors = (
  w: Vec2,
  buf: Vec2 | null,
  g: Vec2,
  o: { lr: number; momentum: number; dampening: number; nesterov: boolean },
) => {
  if (o.momentum === 0) return { w: axpy(-o.lr, g, w), buf: null }
  const b = buf === null ? g : axpy(1 - o.dampening, g, scale(o.momentum, buf))
  const update = o.nesterov ? axpy(o.momentum, b, g) : b
  return { w: axpy(-o.lr, update, w), buf: b }
}
const emaByVectors = (w: Vec2, buf: Vec2 | null, g: Vec2, lr: number, beta: number) => {
  const v = axpy(1 - beta, g, scale(beta, buf ?? [0, 0]))
  return { w: axpy(-lr, v, w), buf: v }
}

const num = fc.double({ min: -1e3, max: 1e3, noNaN: true })
const vec = fc.tuple(num, num) as fc.Arbitrary<Vec2>
const rate = fc.double({ min: 0, max: 1, noNaN: true })
const same = (a: { w: Vec2; buf: Vec2 | null }, b: { w: Vec2; buf: Vec2 | null }) => {
  // Object.is tells -0 from 0 and compares every bit that a float64 result can differ in.
  const bits = (v: Vec2 | null) => (v === null ? [] : [v[0], v[1]])
  const xs = [...bits(a.w), ...bits(a.buf)]
  const ys = [...bits(b.w), ...bits(b.buf)]
  return xs.length === ys.length && xs.every((x, i) => Object.is(x, ys[i]))
}

describe('the per-coordinate update rules', () => {
  test('sgdStep equals the vector formulation exactly, with and without a buffer', () => {
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
          expect(same(sgdStep(w, buf, g, o), sgdByVectors(w, buf, g, o))).toBe(true)
        },
      ),
    )
  })

  test('emaStep equals the vector formulation exactly, with and without a buffer', () => {
    fc.assert(
      fc.property(vec, fc.option(vec, { nil: null }), vec, rate, rate, (w, buf, g, lr, beta) => {
        expect(same(emaStep(w, buf, g, lr, beta), emaByVectors(w, buf, g, lr, beta))).toBe(true)
      }),
    )
  })
})
