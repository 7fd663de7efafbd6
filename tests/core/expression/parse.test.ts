import { describe, expect, test } from 'vitest'
import { parseExpression } from '../../../src/core/expression'
import { compiled, parsed } from './helpers'

const value = (src: string, x = 0, y = 0) => compiled(src).f(x, y)

describe('precedence and associativity', () => {
  test.for([
    ['2^3^2', 512], // right-associative: 2^(3^2)
    ['2**3**2', 512], // ** is the same operator
    ['(2^3)^2', 64],
    ['-2^2', -4], // unary minus binds looser than ^
    ['(-2)^2', 4],
    ['2^-1', 0.5], // a signed exponent needs no parentheses
    ['1-2-3', -4], // left-associative
    ['8/4/2', 1],
    ['2+3*4', 14],
    ['(2+3)*4', 20],
    ['2*3^2', 18],
    ['--2', 2],
    ['+2', 2],
    ['2*-3', -6],
    ['10 - -3', 13],
  ] as const)('%s = %d', ([src, expected]) => {
    expect(value(src)).toBe(expected)
  })

  test('-x^2 is -(x^2) in the tree, not (-x)^2', () => {
    expect(parsed('-x^2')).toEqual({
      kind: 'negate',
      arg: {
        kind: 'binary',
        op: '^',
        left: { kind: 'variable', name: 'x' },
        right: { kind: 'number', value: 2 },
      },
    })
    expect(value('-x^2', 3)).toBe(-9)
  })
})

describe('numbers, names and synonyms', () => {
  test.for([
    ['1e-3', 0.001],
    ['.5', 0.5],
    ['5.', 5],
    ['1.5E+2', 150],
    ['2.5e0', 2.5],
    ['pi', Math.PI],
    ['e', Math.E],
    ['\u03c0', Math.PI], // π
    ['3 \u2212 1', 2], // Unicode minus
    ['3 \u00d7 2', 6], // ×
    ['3 \u00b7 2', 6], // ·
    ['6 \u00f7 3', 2], // ÷
    ['  1 +\t2\n', 3],
    ['pow(2, 10)', 1024],
    ['min(3, -1) + max(3, -1)', 2],
    ['log(e)', 1],
    ['sqrt(16) + abs(-2)', 6],
  ] as const)('%s', ([src, expected]) => {
    expect(value(src)).toBeCloseTo(expected, 14)
  })

  test('x and y are the two variables', () => {
    expect(value('x - 2*y', 5, 1)).toBe(3)
  })
})

describe('errors carry a message and the position of the mistake', () => {
  // Positions count from 0, like string indices; "at end" means the input stopped too early.
  test.for([
    ['(x + 1))', "unexpected ')' at 7", 7],
    ['sin(x))', "unexpected ')' at 6", 6],
    ['x + z', "unknown name 'z' at 4", 4],
    ['foo(x)', "unknown name 'foo' at 0", 0],
    ['ln(x)', "unknown name 'ln' at 0 (did you mean log?)", 0],
    ['x^2 + (y - 1', "expected ')' at end", 12],
    ['(x + 1]', "unexpected character ']' at 6", 6],
    ['x +', 'missing operand at end', 3],
    ['e^', 'missing operand at end', 2],
    ['', 'empty expression', 0],
    ['   ', 'empty expression', 0],
    ['2x', "missing '*' before 'x' at 1", 1],
    ['3(x+1)', "missing '*' before '(' at 1", 1],
    ['x y', "missing '*' before 'y' at 2", 2],
    ['(x)(y)', "missing '*' before '(' at 3", 3],
    ['max(x, y z)', "missing '*' before 'z' at 9", 9],
    ['*x', "unexpected '*' at 0", 0],
    ['x + * y', "unexpected '*' at 4", 4],
    ['2 ^ ^ 3', "unexpected '^' at 4", 4],
    ['()', "unexpected ')' at 1", 1],
    ['x,y', "unexpected ',' at 1", 1],
    ['min(x,)', "unexpected ')' at 6", 6],
    ['sin x', "expected '(' after 'sin' at 4", 4],
    ['sin', "expected '(' after 'sin' at end", 3],
    ['sin()', "'sin' takes 1 argument, got 0 at 0", 0],
    ['cos(x, y)', "'cos' takes 1 argument, got 2 at 0", 0],
    ['1 + min(x)', "'min' takes 2 arguments, got 1 at 4", 4],
    ['x # y', "unexpected character '#' at 2", 2],
    ['x = 1', "unexpected character '=' at 2", 2],
    ['x\u0000', 'unexpected character U+0000 at 1', 1],
  ] as const)('%j', ([src, message, position]) => {
    expect(parseExpression(src)).toEqual({ ok: false, error: { message, position } })
  })
})

describe('limits', () => {
  test('input longer than 500 characters is rejected; 500 is fine', () => {
    const ok = '1+'.repeat(249) + '10'
    expect(ok).toHaveLength(500)
    expect(parseExpression(ok).ok).toBe(true)
    expect(parseExpression(ok + '0')).toEqual({
      ok: false,
      error: { message: 'expression too long: 501 characters (limit 500)', position: 500 },
    })
  })

  test('nesting deeper than 50 is rejected at the first token too deep', () => {
    const nest = (open: string, n: number) => open.repeat(n) + 'x' + ')'.repeat(n)
    expect(parseExpression(nest('(', 50)).ok).toBe(true)
    expect(parseExpression(nest('sin(', 50)).ok).toBe(true)
    // The 51st '(' is at index 50, so the first token inside it is at 51.
    expect(parseExpression(nest('(', 51))).toEqual({
      ok: false,
      error: { message: 'nesting too deep (limit 50) at 51', position: 51 },
    })
    const sines = parseExpression(nest('sin(', 51))
    expect(sines.ok || sines.error.message).toMatch(/^nesting too deep/)
    const minuses = parseExpression('-'.repeat(80) + 'x')
    expect(minuses.ok || minuses.error.message).toMatch(/^nesting too deep/)
  })

  test('more nodes than the limit are rejected', () => {
    // x, y, x+y, 1 are nodes 1–4; the second '+' (index 3) would be the fifth.
    expect(parseExpression('x+y+1', { maxNodes: 4 })).toEqual({
      ok: false,
      error: { message: 'expression too large (over 4 terms) at 3', position: 3 },
    })
    // 301 variables and 300 sums: over the default 500 once the length limit is lifted.
    const big = parseExpression('x+'.repeat(300) + 'x', { maxLength: 1000 })
    expect(big.ok || big.error.message).toMatch(/^expression too large \(over 500 terms\) at \d+$/)
  })

  test.for([
    ['x^1001', 'exponent too large (limit 1000) at 2', 2],
    ['x^-1001', 'exponent too large (limit 1000) at 2', 2],
    ['x^(500*3)', 'exponent too large (limit 1000) at 2', 2],
    ['2^2^2^2^2', 'exponent too large (limit 1000) at 2', 2], // 2^(2^16)
    ['pow(x, 2000)', 'exponent too large (limit 1000) at 7', 7],
    ['1e16 * x', 'number too large (limit 1e15) at 0', 0],
    ['x + 1e309', 'number too large (limit 1e15) at 4', 4], // Infinity as a literal
  ] as const)('%s is rejected', ([src, message, position]) => {
    expect(parseExpression(src)).toEqual({ ok: false, error: { message, position } })
  })

  test('exponents at the limit, or not constant, are accepted', () => {
    for (const src of ['x^1000', 'x^-1000', '2^2^2^2', 'x^y', 'pow(x, y*5000)', '1e15*x']) {
      expect(parseExpression(src).ok, src).toBe(true)
    }
  })
})
