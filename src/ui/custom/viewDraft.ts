// The view range as typed into four number inputs: text in, a checked range or a message out.
import { VIEW_LIMITS, type ViewRange } from '../../state/urlParams'

/** The four view inputs as the reader typed them (strings, so half-typed numbers survive). */
export interface ViewDraft {
  readonly xmin: string
  readonly xmax: string
  readonly ymin: string
  readonly ymax: string
}

/** The labels of the four inputs, in the order they are shown. */
export const VIEW_FIELDS = [
  ['xmin', 'x min'],
  ['xmax', 'x max'],
  ['ymin', 'y min'],
  ['ymax', 'y max'],
] as const satisfies readonly (readonly [keyof ViewDraft, string])[]

/** The inputs' text for a view. */
export const draftOf = (v: ViewRange): ViewDraft => ({
  xmin: String(v.x[0]),
  xmax: String(v.x[1]),
  ymin: String(v.y[0]),
  ymax: String(v.y[1]),
})

/** A view the page accepts (the same limits as the URL's `view=`), or what is wrong with it. */
export type ViewCheck =
  | { readonly ok: true; readonly view: ViewRange }
  | { readonly ok: false; readonly message: string; readonly field: keyof ViewDraft }

// Plain decimal or e-notation, like the URL reader: no hex, no 'Infinity', no blanks.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/** Checks the four inputs; the message names the first bad field. */
export function checkView(d: ViewDraft): ViewCheck {
  const n: Partial<Record<keyof ViewDraft, number>> = {}
  for (const [key, label] of VIEW_FIELDS) {
    const text = d[key].trim()
    const v = NUMBER.test(text) ? Number(text) : NaN
    if (!Number.isFinite(v)) {
      return { ok: false, message: `${label} must be a number`, field: key }
    }
    if (Math.abs(v) > VIEW_LIMITS.maxAbs)
      return { ok: false, message: `${label} must be within ±${VIEW_LIMITS.maxAbs}`, field: key }
    n[key] = v + 0 // -0 → 0
  }
  const { xmin = 0, xmax = 0, ymin = 0, ymax = 0 } = n
  for (const [lo, hi, axis, key] of [
    [xmin, xmax, 'x', 'xmax'],
    [ymin, ymax, 'y', 'ymax'],
  ] as const) {
    if (!(lo < hi))
      return { ok: false, message: `${axis} min must be less than ${axis} max`, field: key }
    if (hi - lo < VIEW_LIMITS.minSpan) {
      const message = `the ${axis} range must span at least ${VIEW_LIMITS.minSpan}`
      return { ok: false, message, field: key }
    }
  }
  return { ok: true, view: { x: [xmin, xmax], y: [ymin, ymax] } }
}
