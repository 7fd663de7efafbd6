// Our own expression language for f(x, y): parse (never eval), compile to closures, differentiate.
export type { BinaryOp, Expr } from './ast'
export { FUNCTIONS, type FunctionName } from './functions'
export { DEFAULT_LIMITS, type ExpressionLimits } from './limits'
export { parseExpression, type ExpressionError, type ParseResult } from './parse'
export { compileExpression, type CompiledExpression } from './compile'
export { toLatex } from './latex'
export { findMinima, hessianEigenvalues } from './minima'
export { suggestLr } from './learningRate'
export { bestMomentumAt, localBowl, type LocalBowl } from './localBowl'
export {
  customSurface,
  undefinedFraction,
  type CustomSurfaceResult,
  type View,
} from './customSurface'
