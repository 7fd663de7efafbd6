import {
  compileExpression,
  parseExpression,
  type CompiledExpression,
  type Expr,
} from '../../../src/core/expression'

/** Parses text the test knows to be valid, failing loudly with the parser's message if not. */
export function parsed(src: string): Expr {
  const r = parseExpression(src)
  if (!r.ok) throw new Error(`expected ${JSON.stringify(src)} to parse: ${r.error.message}`)
  return r.expr
}

/** Parses and compiles text the test knows to be valid. */
export const compiled = (src: string): CompiledExpression => compileExpression(parsed(src))

/** Central difference of f at (x, y): the independent check on the exact gradient. */
export function finiteDifference(
  f: (x: number, y: number) => number,
  x: number,
  y: number,
  h = 1e-6,
): [number, number] {
  return [(f(x + h, y) - f(x - h, y)) / (2 * h), (f(x, y + h) - f(x, y - h)) / (2 * h)]
}
