import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { customSurface, parseExpression } from '../../../src/core/expression'

// Every name an object inherits, so a lookup table that is a plain object would find them.
const INHERITED = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    'prototype',
  ]),
]
const VIEW = { x: [-2, 2], y: [-2, 2] } as const

/** Text a user could see that comes from JavaScript itself rather than from the parser. */
const LEAK = /function|\[native code\]|\{|\}|=>|\[object/

describe('names inherited from Object.prototype', () => {
  test.each(INHERITED)('%s is an unknown name with no hint', (name) => {
    const r = parseExpression(name)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.message).toBe(`unknown name '${name}' at 0`)
    expect(r.error.position).toBe(0)
  })

  test('as a call, inside a sum or after an operator, they never leak JavaScript into a message', () => {
    const shapes = fc.constantFrom(
      (n: string) => n,
      (n: string) => `${n}(x)`,
      (n: string) => `x^2 + ${n}`,
      (n: string) => `${n} * y`,
      (n: string) => `sin(${n})`,
      (n: string) => `x ${n}`,
    )
    fc.assert(
      fc.property(fc.constantFrom(...INHERITED), shapes, (name, shape) => {
        const src = shape(name)
        const r = customSurface(src, VIEW)
        expect(r.ok).toBe(false)
        if (r.ok) return
        expect(r.error.message).not.toMatch(LEAK)
        expect(r.error.message).toContain(`'${name}'`)
        expect(src.slice(r.error.position)).toMatch(new RegExp(`^${name.replace(/\$/g, '\\$')}`))
      }),
      { numRuns: 300 },
    )
  })

  test('real slips still get their hint', () => {
    const r = parseExpression('ln(x)')
    expect(r.ok ? '' : r.error.message).toBe("unknown name 'ln' at 0 (did you mean log?)")
  })
})
