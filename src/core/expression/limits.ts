/** The bounds that keep parsing and evaluation O(size) and every value reasonable. */
export interface ExpressionLimits {
  /** Longest accepted source, in characters. */
  readonly maxLength: number
  /** Deepest nesting of parentheses, calls, unary signs and powers. */
  readonly maxDepth: number
  /** Most nodes in the tree. */
  readonly maxNodes: number
  /** Largest |exponent| of a power whose exponent is a constant. */
  readonly maxExponent: number
  /** Largest numeric literal. */
  readonly maxLiteral: number
}

/** The limits `parseExpression` uses unless told otherwise. */
export const DEFAULT_LIMITS: ExpressionLimits = {
  maxLength: 500,
  maxDepth: 50,
  maxNodes: 500,
  maxExponent: 1000,
  maxLiteral: 1e15,
}
