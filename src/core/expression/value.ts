import { CONSTANTS, type BinaryOp, type Expr } from './ast'
import { FUNCTIONS, POWER } from './functions'

/** f(x, y) as one closure. */
export type ValueFn = (x: number, y: number) => number
/** A compiled node; `constant` is its value when it has no x or y in it (folded once, here). */
export type Compiled = { readonly fn: ValueFn; readonly constant: number | null }

const ARITHMETIC: Record<Exclude<BinaryOp, '^'>, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
}

const constant = (v: number): Compiled => ({ fn: () => v, constant: v })

/** The value of an expression with no x or y in it (evaluated at x = y = 0 otherwise). */
export function evaluateConstant(expr: Expr): number {
  return compileValue(expr).fn(0, 0)
}

// Trees are immutable, so each node is compiled once even though compileDual asks per node.
const compiledValues = new WeakMap<Expr, Compiled>()

/** A value closure for the tree, memoised per node. */
export function compileValue(e: Expr): Compiled {
  let c = compiledValues.get(e)
  if (c === undefined) {
    c = compileValueUncached(e)
    compiledValues.set(e, c)
  }
  return c
}

function compileValueUncached(e: Expr): Compiled {
  switch (e.kind) {
    case 'number':
      return constant(e.value)
    case 'constant':
      return constant(CONSTANTS[e.name])
    case 'variable':
      return { fn: e.name === 'x' ? (x) => x : (_x, y) => y, constant: null }
    case 'negate': {
      const a = compileValue(e.arg)
      const fa = a.fn
      return a.constant !== null
        ? constant(-a.constant)
        : { fn: (x, y) => -fa(x, y), constant: null }
    }
    case 'binary':
      return e.op === '^'
        ? compileCall(POWER.f, [e.left, e.right])
        : compileBinary(ARITHMETIC[e.op], e.left, e.right)
    case 'call': {
      const spec = FUNCTIONS[e.fn]
      return compileCall(spec.f as (...a: number[]) => number, e.args)
    }
  }
}

function compileBinary(op: (a: number, b: number) => number, l: Expr, r: Expr): Compiled {
  const [a, b] = [compileValue(l), compileValue(r)]
  if (a.constant !== null && b.constant !== null) return constant(op(a.constant, b.constant))
  const [fa, fb] = [a.fn, b.fn]
  // One closure per operator (not a call through `op`) keeps the hot path monomorphic and short.
  if (op === ARITHMETIC['+']) return { fn: (x, y) => fa(x, y) + fb(x, y), constant: null }
  if (op === ARITHMETIC['-']) return { fn: (x, y) => fa(x, y) - fb(x, y), constant: null }
  if (op === ARITHMETIC['*']) return { fn: (x, y) => fa(x, y) * fb(x, y), constant: null }
  return { fn: (x, y) => fa(x, y) / fb(x, y), constant: null }
}

function compileCall(f: (...a: number[]) => number, args: readonly Expr[]): Compiled {
  const compiled = args.map(compileValue)
  if (compiled.every((c) => c.constant !== null)) {
    return constant(f(...compiled.map((c) => c.constant!)))
  }
  const fa = compiled[0]!.fn
  if (compiled.length === 1) return { fn: (x, y) => f(fa(x, y)), constant: null }
  const fb = compiled[1]!.fn
  if (f === POWER.f) return { fn: (x, y) => fa(x, y) ** fb(x, y), constant: null }
  return { fn: (x, y) => f(fa(x, y), fb(x, y)), constant: null }
}
