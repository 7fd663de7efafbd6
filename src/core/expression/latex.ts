import type { Expr } from './ast'
import { FUNCTIONS, POWER } from './functions'

const paren = (s: string) => `\\left(${s}\\right)`

function number(v: number): string {
  const s = String(v)
  const m = /^(.*)e([+-]\d+)$/.exec(s)
  if (m === null) return s
  return `${m[1] === '1' ? '' : `${m[1]}\\times `}10^{${Number(m[2])}}`
}

const isSum = (e: Expr) => e.kind === 'binary' && (e.op === '+' || e.op === '-')
const isSymbol = (e: Expr) => e.kind === 'number' || e.kind === 'variable' || e.kind === 'constant'

/** A power's base: x^{2}, {\sin\left(x\right)}^{2}, and brackets for the rest: (x+1)^2, (-x)^2. */
function base(e: Expr): string {
  if (isSymbol(e)) return toLatex(e)
  return e.kind === 'call' ? `{${toLatex(e)}}` : paren(toLatex(e))
}

/**
 * LaTeX for an expression, with only the parentheses the reading needs; the right-hand side only.
 * @example toLatex(parseExpression('(1-x)^2/2').expr) // '\frac{\left(1-x\right)^{2}}{2}'
 */
export function toLatex(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return number(e.value)
    case 'variable':
      return e.name
    case 'constant':
      return e.name === 'pi' ? '\\pi' : 'e'
    case 'negate':
      return `-${isSum(e.arg) || e.arg.kind === 'negate' ? paren(toLatex(e.arg)) : toLatex(e.arg)}`
    case 'call': {
      const spec = FUNCTIONS[e.fn]
      const [a, b] = e.args as [Expr, Expr]
      if (spec.arity === 1) return spec.latex(toLatex(a))
      return spec === POWER ? POWER.latex(base(a), toLatex(b)) : spec.latex(toLatex(a), toLatex(b))
    }
    case 'binary':
      break
  }
  const { op, left, right } = e
  if (op === '^') return POWER.latex(base(left), toLatex(right))
  if (op === '/') return `\\frac{${toLatex(left)}}{${toLatex(right)}}`
  // A negative right operand is always bracketed: x-(-y), x·(-y).
  const r = toLatex(right)
  if (op === '+' || op === '-') {
    const wrap = right.kind === 'negate' || (op === '-' && isSum(right))
    return `${toLatex(left)}${op}${wrap ? paren(r) : r}`
  }
  const l = isSum(left) ? paren(toLatex(left)) : toLatex(left)
  const rr = isSum(right) || right.kind === 'negate' ? paren(r) : r
  // 10\,y reads as a coefficient; anything else gets a visible dot (2·3, x·y).
  const coefficient = (left.kind === 'number' || left.kind === 'constant') && !/^[\d.]/.test(rr)
  return `${l}${coefficient ? '\\,' : '\\cdot '}${rr}`
}
