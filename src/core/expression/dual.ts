import { type BinaryOp, type Expr } from './ast'
import { FUNCTIONS, POWER, type BinaryFunction } from './functions'
import { compileValue } from './value'

/** A dual number with two tangents: a value and its partial derivatives in x and y. */
export interface Dual {
  v: number
  gx: number
  gy: number
}

/** Each node owns one Dual and returns it, so a gradient pass allocates only its result. */
export type DualFn = (x: number, y: number) => Dual

/** d·t, but 0 when the tangent is 0: ∂sqrt(x)/∂y at x = 0 is 0, not Infinity·0 = NaN. */
const times = (d: number, t: number) => (t === 0 ? 0 : d * t)

/** Forward-mode AD: a closure tree computing f and both partials in one pass. */
export function compileDual(e: Expr): DualFn {
  const out: Dual = { v: 0, gx: 0, gy: 0 }
  const value = compileValue(e)
  if (value.constant !== null) {
    out.v = value.constant
    return () => out
  }
  switch (e.kind) {
    case 'number':
    case 'constant':
      return () => out // unreachable: folded above
    case 'variable':
      out.gx = e.name === 'x' ? 1 : 0
      out.gy = e.name === 'y' ? 1 : 0
      if (e.name === 'x') {
        return (x) => {
          out.v = x
          return out
        }
      }
      return (_x, y) => {
        out.v = y
        return out
      }
    case 'negate': {
      const a = compileDual(e.arg)
      return (x, y) => {
        const r = a(x, y)
        out.v = -r.v
        out.gx = -r.gx
        out.gy = -r.gy
        return out
      }
    }
    case 'binary':
      return e.op === '^'
        ? dualBinary(POWER, compileDual(e.left), compileDual(e.right), out)
        : dualArithmetic(e.op, compileDual(e.left), compileDual(e.right), out)
    case 'call': {
      const spec = FUNCTIONS[e.fn]
      const a = compileDual(e.args[0]!)
      if (spec.arity === 2) return dualBinary(spec, a, compileDual(e.args[1]!), out)
      return (x, y) => {
        const r = a(x, y)
        out.v = spec.f(r.v)
        const d = spec.d(r.v, out.v)
        out.gx = times(d, r.gx)
        out.gy = times(d, r.gy)
        return out
      }
    }
  }
}

function dualArithmetic(op: Exclude<BinaryOp, '^'>, a: DualFn, b: DualFn, out: Dual): DualFn {
  return (x, y) => {
    const p = a(x, y)
    const q = b(x, y) // a different node's record, so p is still intact
    if (op === '+' || op === '-') {
      const s = op === '+' ? 1 : -1
      out.v = op === '+' ? p.v + q.v : p.v - q.v
      out.gx = p.gx + s * q.gx
      out.gy = p.gy + s * q.gy
    } else if (op === '*') {
      out.v = p.v * q.v
      out.gx = times(q.v, p.gx) + times(p.v, q.gx)
      out.gy = times(q.v, p.gy) + times(p.v, q.gy)
    } else {
      // (p/q)' = (p' − (p/q)·q') / q
      out.v = p.v / q.v
      out.gx = (p.gx - times(out.v, q.gx)) / q.v
      out.gy = (p.gy - times(out.v, q.gy)) / q.v
    }
    return out
  }
}

function dualBinary(spec: BinaryFunction, a: DualFn, b: DualFn, out: Dual): DualFn {
  return (x, y) => {
    const p = a(x, y)
    const q = b(x, y)
    out.v = spec.f(p.v, q.v)
    const da = spec.da(p.v, q.v, out.v)
    // ∂/∂b only when b varies: x^2 never needs log(x), which is NaN for x < 0.
    const db = q.gx === 0 && q.gy === 0 ? 0 : spec.db(p.v, q.v, out.v)
    out.gx = times(da, p.gx) + times(db, q.gx)
    out.gy = times(da, p.gy) + times(db, q.gy)
    return out
  }
}
