// Small readers for untrusted parameter text (URL query, element attributes). Each returns a
// clean value or null; none throws. The wording of notices lives here so it stays uniform.
import type { Range, Vec2 } from '../core'
import { CONTROL_NAMES, defaultRuns, LIMITS, type ControlName } from './params'
import type { RunParams, UpdateRule } from './params'

/** Longest custom expression `f` accepted, in UTF-16 code units. */
export const F_MAX_LENGTH = 500

/** What a `view` may be: coordinates within ±maxAbs and a span of at least minSpan on each axis. */
export const VIEW_LIMITS = { maxAbs: 1e6, minSpan: 1e-6 } as const

/** A view range: the type of `Params['view']` when it is set. */
export type ViewRange = { readonly x: Range; readonly y: Range }

// Plain decimal or e-notation only: no hex, no Infinity, no blanks, no '1_000'.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/** A finite number written in decimal or e-notation, or null (hex, Infinity, '', '1e999'…). */
export function readNumber(text: string): number | null {
  const t = text.trim()
  if (t.length > 64 || !NUMBER.test(t)) return null
  const n = Number(t)
  return Number.isFinite(n) ? n + 0 : null // `+ 0` turns -0 into 0
}

/** Exactly `count` comma-separated finite numbers, or null. */
export function readNumbers(text: string, count: number): number[] | null {
  const parts = text.split(',')
  if (parts.length !== count) return null
  const out: number[] = []
  for (const p of parts) {
    const n = readNumber(p)
    if (n === null) return null
    out.push(n)
  }
  return out
}

/** Untrusted text quoted for a notice, cut short so a huge value never floods the page. */
export function quote(text: string): string {
  const t = text.length > 30 ? `${text.slice(0, 29)}…` : text
  return `'${t}'`
}

/** The value clamped into [lo, hi]; says so in `notices` when it had to move. */
export function clampNoted(
  label: string,
  n: number,
  [lo, hi]: readonly [number, number],
  notices: string[],
): number {
  if (n > hi) notices.push(`${label} is above the maximum ${hi}: using ${hi}`)
  if (n < lo) notices.push(`${label} is below the minimum ${lo}: using ${lo}`)
  return Math.min(hi, Math.max(lo, n))
}

/** A point moved into the range on each axis. */
export const clampPoint = ([x, y]: Vec2, r: ViewRange): Vec2 => [
  Math.min(r.x[1], Math.max(r.x[0], x)),
  Math.min(r.y[1], Math.max(r.y[0], y)),
]

/** A `view=xmin,xmax,ymin,ymax` value, or null with a notice saying why it was ignored. */
export function readView(text: string, notices: string[]): ViewRange | null {
  const v = readNumbers(text, 4)
  if (v === null) {
    notices.push(`view ${quote(text)} is not four numbers xmin,xmax,ymin,ymax: ignored`)
    return null
  }
  const [x0, x1, y0, y1] = v as [number, number, number, number]
  if (!(x0 < x1 && y0 < y1)) {
    notices.push(`view ${quote(text)} needs xmin < xmax and ymin < ymax: ignored`)
    return null
  }
  const { maxAbs, minSpan } = VIEW_LIMITS
  if (v.some((c) => Math.abs(c) > maxAbs) || x1 - x0 < minSpan || y1 - y0 < minSpan) {
    notices.push(
      `view ${quote(text)} must stay within ±${maxAbs} and span at least ${minSpan}: ignored`,
    )
    return null
  }
  return { x: [x0, x1], y: [y0, y1] }
}

/** A flag: '1', 'true' or '' (a bare attribute) is on, '0' or 'false' is off, else null. */
export function readFlag(text: string): boolean | null {
  const t = text.trim().toLowerCase()
  if (t === '1' || t === 'true' || t === '') return true
  if (t === '0' || t === 'false') return false
  return null
}

/** The text with lone UTF-16 surrogates replaced, so encodeURIComponent can never throw on it. */
export const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')

const SUFFIX_RULES: Record<string, UpdateRule> = { n: 'nesterov', e: 'ema' }
const RULE_SUFFIXES: Record<UpdateRule, string> = { 'heavy-ball': '', nesterov: 'n', ema: 'e' }

/** Momentum as written in links: at most 4 decimals (every slider value has at most 4). */
export const roundMomentum = (m: number) => Number(m.toFixed(4)) + 0

/** One run as a `runs` token: momentum, then `n` for Nesterov or `e` for the moving average. */
export const formatRun = (r: Pick<RunParams, 'momentum' | 'rule'>) =>
  `${roundMomentum(r.momentum)}${RULE_SUFFIXES[r.rule] ?? ''}`

/** The `runs` value: ids r1..rN in order; bad tokens are dropped, an empty result is the default. */
export function readRuns(text: string, notices: string[]): RunParams[] {
  const runs: { momentum: number; rule: UpdateRule }[] = []
  // Empty tokens (a trailing comma) carry no meaning, so they are skipped without a notice.
  const tokens = text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '')
  for (const token of tokens) {
    if (runs.length === LIMITS.maxRuns) {
      notices.push(`runs: at most ${LIMITS.maxRuns} runs: using the first ${LIMITS.maxRuns}`)
      break
    }
    const last = token.slice(-1).toLowerCase()
    const rule = SUFFIX_RULES[last] ?? 'heavy-ball'
    const n = readNumber(rule === 'heavy-ball' ? token : token.slice(0, -1))
    if (n === null) {
      notices.push(`runs: ${quote(token)} is not a momentum value: ignored`)
      continue
    }
    const momentum = clampNoted(`runs: momentum ${quote(token)}`, n, LIMITS.momentum, notices)
    const rounded = roundMomentum(momentum)
    if (rounded !== momentum)
      notices.push(`runs: ${quote(token)} rounded to 4 decimals: ${rounded}`)
    runs.push({ momentum: rounded, rule })
  }
  if (runs.length === 0) {
    const fallback = defaultRuns()
    notices.push(`runs has no valid momentum value: using ${fallback.map(formatRun).join(',')}`)
    return fallback
  }
  return runs.map((r, i) => ({ id: `r${i + 1}`, ...r }))
}

/** The `controls` value: known names in the given order; all unknown means every control. */
export function readControls(text: string, notices: string[]): ControlName[] | null {
  const names = text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '')
  const known: ControlName[] = []
  for (const name of names) {
    const c = CONTROL_NAMES.find((k) => k === name.toLowerCase())
    if (c === undefined) notices.push(`controls: ${quote(name)} is unknown: ignored`)
    else if (!known.includes(c)) known.push(c)
  }
  if (names.length > 0 && known.length === 0) {
    notices.push('controls names no known control: showing every control')
    return null
  }
  return known
}
