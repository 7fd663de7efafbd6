import type { Vec2 } from '../vec'
import type { Expr } from './ast'
import { compileDual } from './dual'
import { compileValue } from './value'

/** f and its exact gradient, as plain closures: no strings, no eval, never throws. */
export interface CompiledExpression {
  /** f(x, y); NaN or ±Infinity where f is undefined, never an exception. */
  readonly f: (x: number, y: number) => number
  /** [∂f/∂x, ∂f/∂y] by forward-mode automatic differentiation (exact up to rounding). */
  readonly grad: (x: number, y: number) => Vec2
}

/**
 * Compiles a parsed expression to f and its gradient; evaluation is O(tree size) per call.
 * @example const { f, grad } = compileExpression(parsed.expr); f(1, 2); grad(1, 2)
 */
export function compileExpression(expr: Expr): CompiledExpression {
  const f = compileValue(expr).fn
  const d = compileDual(expr)
  return {
    f,
    grad: (x, y) => {
      const r = d(x, y)
      return [r.gx, r.gy]
    },
  }
}
