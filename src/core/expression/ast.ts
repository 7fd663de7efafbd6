import type { FunctionName } from './functions'

/** A binary operator of the expression language (`**` is parsed as `^`). */
export type BinaryOp = '+' | '-' | '*' | '/' | '^'

/** The syntax tree of an expression f(x, y): built only by `parseExpression`, so always valid. */
export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'variable'; readonly name: 'x' | 'y' }
  | { readonly kind: 'constant'; readonly name: 'pi' | 'e' }
  | { readonly kind: 'negate'; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly args: readonly Expr[] }

/** The value of each named constant. */
export const CONSTANTS = { pi: Math.PI, e: Math.E } as const

/** True when the expression mentions neither x nor y (so it can be folded to a number). */
export function isConstant(expr: Expr): boolean {
  switch (expr.kind) {
    case 'number':
    case 'constant':
      return true
    case 'variable':
      return false
    case 'negate':
      return isConstant(expr.arg)
    case 'binary':
      return isConstant(expr.left) && isConstant(expr.right)
    case 'call':
      return expr.args.every(isConstant)
  }
}

/** The number of nodes in the tree: the cost of one evaluation, in node visits. */
export function countNodes(expr: Expr): number {
  switch (expr.kind) {
    case 'negate':
      return 1 + countNodes(expr.arg)
    case 'binary':
      return 1 + countNodes(expr.left) + countNodes(expr.right)
    case 'call':
      return expr.args.reduce((n, a) => n + countNodes(a), 1)
    default:
      return 1
  }
}
