import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { customSurface, undefinedFraction } from '../../../src/core/expression'
import { caretWindow } from '../../../src/ui/custom/caret'
import { percent, undefinedRegion } from '../../../src/ui/custom/undefinedRegion'
import { checkView, draftOf } from '../../../src/ui/custom/viewDraft'

const surfaceOf = (f: string, view = { x: [-5, 5], y: [-5, 5] } as const) => {
  const r = customSurface(f, { x: [...view.x], y: [...view.y] })
  if (!r.ok) throw new Error(r.error.message)
  return r.surface
}

describe('caretWindow', () => {
  test('a short input is shown whole, the mark at the position', () => {
    expect(caretWindow('sin(x))', 6)).toEqual({ before: 'sin(x)', at: ')', after: '', column: 6 })
  })
  test('the end of the input is a blank slot after the last character', () => {
    expect(caretWindow('x +', 3)).toEqual({ before: 'x +', at: ' ', after: '', column: 3 })
  })
  test('tabs become blanks so the caret stays under its character', () => {
    expect(caretWindow('x\t+ )', 4)).toMatchObject({ before: 'x + ', at: ')', column: 4 })
  })
  test('an emoji at the position is marked whole', () => {
    expect(caretWindow('x + 😀', 4)).toMatchObject({ at: '😀', after: '' })
  })
  test('for any text and position the pieces rebuild the window and the caret sits on the mark', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: 'grapheme' }), fc.nat(130), (src, p) => {
        const w = caretWindow(src, p)
        expect([...w.before].length).toBe(w.column)
        const shown = (w.before + w.at + w.after).replace(/^…|…$/g, '')
        const flat = src.replace(/\s/g, ' ')
        expect(flat.includes(shown.trimEnd()) || shown.trim() === '').toBe(true)
        expect(w.before.length + w.at.length + w.after.length).toBeLessThanOrEqual(2 * 18 + 6)
      }),
    )
  })
})

describe('checkView', () => {
  test('a good view passes and round-trips through the inputs', () => {
    const view = { x: [-2, 2.5], y: [-1e-3, 3e5] } as const
    expect(checkView(draftOf({ x: [...view.x], y: [...view.y] }))).toEqual({ ok: true, view })
  })
  test.for([
    [{ xmin: '1', xmax: '1', ymin: '0', ymax: '1' }, 'x min must be less than x max', 'xmax'],
    [
      { xmin: '0', xmax: '1', ymin: '0', ymax: '1e-9' },
      'the y range must span at least 0.000001',
      'ymax',
    ],
    [{ xmin: '0x10', xmax: '1', ymin: '0', ymax: '1' }, 'x min must be a number', 'xmin'],
    [{ xmin: '0', xmax: 'Infinity', ymin: '0', ymax: '1' }, 'x max must be a number', 'xmax'],
    [{ xmin: '0', xmax: '1', ymin: '0', ymax: '2000000' }, 'y max must be within ±1000000', 'ymax'],
  ] as const)('%o → %s', ([draft, message, field]) => {
    expect(checkView(draft)).toEqual({ ok: false, message, field })
  })
})

describe('undefinedRegion', () => {
  test('log(x) is undefined on the left half of the view, and only there', () => {
    const r = undefinedRegion(surfaceOf('log(x)'))
    expect(r.fraction).toBe(0.5)
    expect(r.box).toEqual({ x: [-5, 0], y: [-5, 5] })
  })
  test('a function defined everywhere has no region', () => {
    expect(undefinedRegion(surfaceOf('x^2 + y^2'))).toEqual({ fraction: 0, box: null })
  })
  test.for(['sqrt(1-x^2-y^2)', 'log(x*y)', '1/(x-0.3)', 'sqrt(y - x^2)'])(
    '%s: the same share as the core’s undefinedFraction on the same grid',
    (f) => {
      const s = surfaceOf(f)
      expect(undefinedRegion(s, 80, 50).fraction).toBe(undefinedFraction(s, 80, 50))
    },
  )
  test('percent never rounds a sliver down to 0 %', () => {
    expect([percent(0.12), percent(0.004), percent(0.5), percent(1)]).toEqual([
      '12 %',
      'under 1 %',
      '50 %',
      '100 %',
    ])
  })
})
