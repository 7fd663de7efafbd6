import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  compileExpression,
  DEFAULT_LIMITS,
  parseExpression,
  toLatex,
  type Expr,
} from '../../../src/core/expression'

// Pieces of the grammar, plus near-misses (z, #, 1e400, empty calls) so both paths get exercised.
const TOKENS = [
  'x',
  'y',
  'pi',
  'e',
  '1',
  '2',
  '0',
  '2.5',
  '.5',
  '1e-3',
  '1e400',
  '1000',
  '999999',
  '+',
  '-',
  '*',
  '/',
  '^',
  '**',
  '(',
  ')',
  ',',
  ' ',
  'sin(',
  'cos(',
  'tan(',
  'exp(',
  'log(',
  'sqrt(',
  'abs(',
  'tanh(',
  'sinh(',
  'cosh(',
  'atan(',
  'min(',
  'max(',
  'pow(',
  'z',
  '#',
  'sin',
  '\u2212',
  '\u03c0',
]
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((t) => t.join(''))

/** Random expressions that follow the grammar (they may still hit a limit, e.g. a big exponent). */
const grammatical: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'y', 'pi', 'e', '0', '1', '2', '0.5', '3e-2', '10'),
    fc
      .tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^', '**'), tie('e'))
      .map((p) => p.join(' ')),
    tie('e').map((a) => `-${a}`),
    tie('e').map((a) => `(${a})`),
    fc
      .tuple(fc.constantFrom('sin', 'cos', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'atan'), tie('e'))
      .map(([f, a]) => `${f}(${a})`),
    fc
      .tuple(fc.constantFrom('min', 'max', 'pow'), tie('e'), tie('e'))
      .map(([f, a, b]) => `${f}(${a}, ${b})`),
  ),
})).e

/** Parsing never throws and answers with a tree or an error pointing inside the input. */
function checkParse(src: string): Expr | null {
  const r = parseExpression(src)
  if (r.ok) return r.expr
  expect(Number.isInteger(r.error.position)).toBe(true)
  expect(r.error.position).toBeGreaterThanOrEqual(0)
  expect(r.error.position).toBeLessThanOrEqual(src.length)
  expect(r.error.message.length).toBeGreaterThan(0)
  expect(r.error.message).not.toMatch(/internal error/)
  return null
}

function size(e: Expr): number {
  if (e.kind === 'negate') return 1 + size(e.arg)
  if (e.kind === 'binary') return 1 + size(e.left) + size(e.right)
  if (e.kind === 'call') return 1 + e.args.reduce((n, a) => n + size(a), 0)
  return 1
}

const point = fc.tuple(fc.double({ noDefaultInfinity: false }), fc.double())

/** Evaluation never throws and always gives numbers (NaN allowed). */
function checkEvaluate(expr: Expr, [x, y]: [number, number]) {
  const { f, grad } = compileExpression(expr)
  expect(typeof f(x, y)).toBe('number')
  const g = grad(x, y)
  expect(g).toHaveLength(2)
  expect(typeof g[0] + typeof g[1]).toBe('numbernumber')
}

// Generous timeouts: thousands of cases on a shared, busy machine; no assert is about speed.
describe('fuzzing the parser', { timeout: 60_000 }, () => {
  test('arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (s) => void checkParse(s)),
      {
        numRuns: 3000,
      },
    )
  })

  test('strings built from the grammar’s tokens, evaluated where they parse', () => {
    fc.assert(
      fc.property(tokenSoup, point, (s, p) => {
        const expr = checkParse(s)
        if (expr !== null) checkEvaluate(expr, p)
      }),
      { numRuns: 3000 },
    )
  })

  test('grammatical expressions parse (unless a limit says why), within the node limit', () => {
    fc.assert(
      fc.property(grammatical, point, (s, p) => {
        const expr = checkParse(s)
        if (expr === null) {
          const r = parseExpression(s)
          expect(r.ok || r.error.message).toMatch(/too (long|large|deep)/)
          return
        }
        expect(size(expr)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxNodes)
        checkEvaluate(expr, p)
        const latex = toLatex(expr)
        expect(latex.split('{').length).toBe(latex.split('}').length)
        expect(latex.split('\\left').length).toBe(latex.split('\\right').length)
      }),
      { numRuns: 2000 },
    )
  })

  test('the largest expressions still evaluate on a whole 160×100 grid', () => {
    // No timing assert (the machine may be busy); the test's timeout is the bound.
    const worst = [
      'sin(' + 'x*y+'.repeat(120) + 'x)',
      '('.repeat(50) + 'x' + ')'.repeat(50) + '^y' + '+x^y'.repeat(95),
      'x' + '+exp(x)'.repeat(70),
    ]
    for (const src of worst) {
      expect(src.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxLength)
      const expr = checkParse(src)
      if (expr === null) throw new Error(`${src.slice(0, 20)}… did not parse`)
      const { f, grad } = compileExpression(expr)
      let sum = 0
      for (let j = 0; j < 100; j++) for (let i = 0; i < 160; i++) sum += f(i / 40 - 2, j / 25 - 2)
      for (let k = 0; k < 1000; k++) sum += grad(k / 500 - 1, 0.5)[0]
      expect(typeof sum).toBe('number')
    }
  })
})
