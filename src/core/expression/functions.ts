/** A function of one argument: its value, and its derivative given the argument and value. */
export interface UnaryFunction {
  readonly arity: 1
  readonly f: (a: number) => number
  /** f'(a); `v` is f(a), passed so e.g. exp and tanh reuse it. */
  readonly d: (a: number, v: number) => number
  readonly latex: (a: string) => string
}

/** A function of two arguments with both partial derivatives. */
export interface BinaryFunction {
  readonly arity: 2
  readonly f: (a: number, b: number) => number
  readonly da: (a: number, b: number, v: number) => number
  readonly db: (a: number, b: number, v: number) => number
  readonly latex: (a: string, b: string) => string
}

const paren = (s: string) => `\\left(${s}\\right)`
const call = (name: string) => (a: string) => `${name}${paren(a)}`
const call2 = (name: string) => (a: string, b: string) => `${name}${paren(`${a}, ${b}`)}`

/**
 * The power a^b, shared by the `^` operator and `pow(a, b)`.
 * ∂/∂b = a^b·ln a is NaN for a < 0, where a^b is itself undefined for non-integer b.
 */
export const POWER: BinaryFunction = {
  arity: 2,
  f: (a, b) => a ** b,
  da: (a, b) => (b === 0 ? 0 : b * a ** (b - 1)),
  db: (a, _b, v) => (v === 0 ? 0 : v * Math.log(a)),
  /** `a` arrives ready to carry a superscript: bracketed or braced by toLatex where needed. */
  latex: (a, b) => `${a}^{${b}}`,
}

/** The one table of functions the language knows: names, arities, values, derivatives, LaTeX. */
export const FUNCTIONS = {
  sin: { arity: 1, f: Math.sin, d: (a) => Math.cos(a), latex: call('\\sin') },
  cos: { arity: 1, f: Math.cos, d: (a) => -Math.sin(a), latex: call('\\cos') },
  tan: { arity: 1, f: Math.tan, d: (_a, v) => 1 + v * v, latex: call('\\tan') },
  exp: { arity: 1, f: Math.exp, d: (_a, v) => v, latex: call('\\exp') },
  log: { arity: 1, f: Math.log, d: (a) => 1 / a, latex: call('\\ln') },
  sqrt: { arity: 1, f: Math.sqrt, d: (_a, v) => 0.5 / v, latex: (a) => `\\sqrt{${a}}` },
  // d|a|/da at 0 is taken as 0 (a subgradient), so a start on the kink does not give NaN.
  abs: { arity: 1, f: Math.abs, d: (a) => Math.sign(a), latex: (a) => `\\left|${a}\\right|` },
  tanh: { arity: 1, f: Math.tanh, d: (_a, v) => 1 - v * v, latex: call('\\tanh') },
  sinh: { arity: 1, f: Math.sinh, d: (a) => Math.cosh(a), latex: call('\\sinh') },
  cosh: { arity: 1, f: Math.cosh, d: (a) => Math.sinh(a), latex: call('\\cosh') },
  atan: { arity: 1, f: Math.atan, d: (a) => 1 / (1 + a * a), latex: call('\\arctan') },
  // Ties go to the first argument, so the gradient is one of the two one-sided ones.
  min: {
    arity: 2,
    f: Math.min,
    da: (a, b) => (a <= b ? 1 : 0),
    db: (a, b) => (a <= b ? 0 : 1),
    latex: call2('\\min'),
  },
  max: {
    arity: 2,
    f: Math.max,
    da: (a, b) => (a >= b ? 1 : 0),
    db: (a, b) => (a >= b ? 0 : 1),
    latex: call2('\\max'),
  },
  pow: POWER,
} as const satisfies Record<string, UnaryFunction | BinaryFunction>

/** A function name the language knows. */
export type FunctionName = keyof typeof FUNCTIONS

/** True when `name` is in the function table (an own key, so 'constructor' is not). */
export const isFunctionName = (name: string): name is FunctionName => Object.hasOwn(FUNCTIONS, name)
