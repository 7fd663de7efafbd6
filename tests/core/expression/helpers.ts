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

export { finiteDifference } from '../../fixtures/gradients'
