import { expect, test } from 'vitest'
import { toLatex } from '../../../src/core/expression'
import { parsed } from './helpers'

test.for([
  ['x^2 + 10*y^2', 'x^{2}+10\\,y^{2}'],
  ['(1-x)^2 + 100*(y-x^2)^2', '\\left(1-x\\right)^{2}+100\\,\\left(y-x^{2}\\right)^{2}'],
  ['sin(x)*cos(y)', '\\sin\\left(x\\right)\\cdot \\cos\\left(y\\right)'],
  ['0.1*(x^2+y^2)', '0.1\\,\\left(x^{2}+y^{2}\\right)'],
  ['x/(y+1)', '\\frac{x}{y+1}'],
  ['sqrt(abs(x))', '\\sqrt{\\left|x\\right|}'],
  ['log(x) + atan(y)', '\\ln\\left(x\\right)+\\arctan\\left(y\\right)'],
  ['-x^2', '-x^{2}'],
  ['(-x)^2', '\\left(-x\\right)^{2}'],
  ['2^3^2', '2^{3^{2}}'],
  ['(2^3)^2', '\\left(2^{3}\\right)^{2}'],
  ['sin(x)^2', '{\\sin\\left(x\\right)}^{2}'],
  ['pow(x+1, 3)', '\\left(x+1\\right)^{3}'],
  ['x - (y - 1)', 'x-\\left(y-1\\right)'],
  ['x - y - 1', 'x-y-1'],
  ['x + -y', 'x+\\left(-y\\right)'],
  ['x*(-y)', 'x\\cdot \\left(-y\\right)'],
  ['-(x+y)', '-\\left(x+y\\right)'],
  ['2*3', '2\\cdot 3'],
  ['pi*x', '\\pi\\,x'],
  ['1e-3*x', '0.001\\,x'],
  ['1e-8*x', '10^{-8}\\,x'], // JavaScript writes numbers below 1e-7 with an exponent
  ['2.5e-7', '2.5\\times 10^{-7}'],
  ['min(x, y)', '\\min\\left(x, y\\right)'],
] as const)('%s → %s', ([src, latex]) => {
  expect(toLatex(parsed(src))).toBe(latex)
})
