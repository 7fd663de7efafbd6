import type { Expr } from './ast'
import { DEFAULT_LIMITS, type ExpressionLimits } from './limits'
import { ParseError, Parser } from './grammar'

/** Where and why an expression was rejected; `position` indexes the source (0 = first char). */
export interface ExpressionError {
  readonly message: string
  /** 0 ≤ position ≤ source length; equal to the length when the input ended too early. */
  readonly position: number
}

/** The outcome of `parseExpression`: a tree, or an error to show at its position. */
export type ParseResult =
  | { readonly ok: true; readonly expr: Expr }
  | { readonly ok: false; readonly error: ExpressionError }

/**
 * Parses f(x, y) into a tree; never throws, never evaluates code.
 * @example parseExpression('x^2 + 10*y^2') // { ok: true, expr: … }
 * @example parseExpression('sin(x))')      // { ok: false, error: { message: "unexpected ')' at 6", position: 6 } }
 */
export function parseExpression(src: string, limits: Partial<ExpressionLimits> = {}): ParseResult {
  const lim = { ...DEFAULT_LIMITS, ...limits }
  if (src.length > lim.maxLength) {
    const message = `expression too long: ${src.length} characters (limit ${lim.maxLength})`
    return { ok: false, error: { message, position: lim.maxLength } }
  }
  try {
    return { ok: true, expr: new Parser(src, lim).parseAll() }
  } catch (e) {
    if (e instanceof ParseError)
      return { ok: false, error: { message: e.message, position: e.position } }
    // Not expected; still an answer rather than a crash for the page (the fuzz tests look for it).
    return { ok: false, error: { message: 'internal error while parsing', position: 0 } }
  }
}
