import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getSurface, surfaces } from '../../src/core'
import { CONTROL_NAMES, defaultParams, LIMITS, type Params } from '../../src/state/params'
import type { RunParams, UpdateRule, DisplayOptions } from '../../src/state/params'
import {
  CUSTOM_DEFAULTS,
  PARAM_KEYS,
  parseParams,
  serializeParams,
  type ParsedParams,
  type ViewRange,
} from '../../src/state/urlParams'
import { wellFormed } from '../../src/state/urlParamsRead'

const RULES: UpdateRule[] = ['heavy-ball', 'nesterov', 'ema']
const within = (v: number, [lo, hi]: readonly [number, number]) =>
  Number.isFinite(v) && v >= lo && v <= hi

/** Every invariant a parsed state promises, checked without the parser's own helpers. */
function problems({ params: p, display, notices }: ParsedParams): string[] {
  const bad: string[] = []
  const surface = getSurface(p.surface)
  const isCustom = p.surface === 'custom' && p.f.trim() !== ''
  if (!surface && !isCustom) bad.push(`surface ${p.surface}`)
  if (typeof p.f !== 'string' || p.f.length > 500) bad.push('f')
  if (!within(p.lr, LIMITS.lr)) bad.push(`lr ${p.lr}`)
  if (!Number.isInteger(p.steps) || !within(p.steps, LIMITS.steps)) bad.push(`steps ${p.steps}`)
  if (p.runs.length < 1 || p.runs.length > LIMITS.maxRuns) bad.push(`${p.runs.length} runs`)
  p.runs.forEach((r, i) => {
    if (r.id !== `r${i + 1}` || !within(r.momentum, LIMITS.momentum) || !RULES.includes(r.rule))
      bad.push(`run ${JSON.stringify(r)}`)
  })
  if (p.layout !== 'overlay' && p.layout !== 'split') bad.push(`layout ${p.layout}`)
  if (typeof p.map !== 'boolean' || typeof display.embed !== 'boolean') bad.push('flags')
  if (p.view !== null) {
    const [[x0, x1], [y0, y1]] = [p.view.x, p.view.y]
    if (![x0, x1, y0, y1].every(Number.isFinite) || !(x0 < x1 && y0 < y1)) bad.push('view')
  }
  const domain = p.view ?? surface?.domain ?? CUSTOM_DEFAULTS.domain
  if (!within(p.start[0], domain.x) || !within(p.start[1], domain.y)) bad.push(`start ${p.start}`)
  const c = display.controls
  if (c !== null && (new Set(c).size !== c.length || c.some((n) => !CONTROL_NAMES.includes(n))))
    bad.push('controls')
  if (notices.length > 8 || notices.some((n) => n === '' || n.length > 200)) bad.push('notices')
  return bad
}

// ---- states the UI can produce ----
const momentum = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map((k) => k / 1000), // the linear part of the slider
  fc.double({ min: 0.9, max: 0.999, noNaN: true }).map((m) => Number(m.toFixed(4))), // the log part
)
const runs = fc
  .array(fc.record({ momentum, rule: fc.constantFrom(...RULES) }), { minLength: 1, maxLength: 6 })
  .map((rs): RunParams[] => rs.map((r, i) => ({ id: `r${i + 1}`, ...r })))
const axis = fc
  .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6 }))
  .map(([lo, span]): [number, number] => [lo + 0, lo + span])
  .filter(([lo, hi]) => hi <= 1e6 && hi - lo >= 1e-6)
const viewRange = fc.option(fc.record({ x: axis, y: axis }), { nil: null })
const text = fc.string({ unit: 'binary', maxLength: 200 })
// The expression is drawn, and written to the link, only when surface is 'custom'.
const surfaceAndF = fc.oneof(
  fc.tuple(fc.constantFrom(...surfaces.map((s) => s.id)), fc.constant('')),
  fc.tuple(
    fc.constant('custom'),
    text.filter((f) => f.trim() !== ''),
  ),
)
const point = (d: ViewRange) =>
  fc.tuple(
    fc.double({ min: d.x[0], max: d.x[1], noNaN: true }),
    fc.double({ min: d.y[0], max: d.y[1], noNaN: true }),
  )
const validParams: fc.Arbitrary<Params> = fc
  .tuple(surfaceAndF, viewRange)
  .chain(([[surface, f], view]) => {
    const domain = view ?? getSurface(surface)?.domain ?? CUSTOM_DEFAULTS.domain
    return fc.record({
      surface: fc.constant(surface),
      f: fc.constant(f),
      view: fc.constant(view),
      lr: fc.double({ min: LIMITS.lr[0], max: LIMITS.lr[1], noNaN: true }),
      start: point(domain).map(([x, y]): [number, number] => [x + 0, y + 0]),
      runs,
      steps: fc.integer({ min: LIMITS.steps[0], max: LIMITS.steps[1] }),
      layout: fc.constantFrom('overlay' as const, 'split' as const),
      map: fc.boolean(),
      batch: fc.integer({ min: LIMITS.batch[0], max: LIMITS.batch[1] }),
      seed: fc.integer({ min: LIMITS.seed[0], max: LIMITS.seed[1] }),
    })
  })
const validDisplay: fc.Arbitrary<DisplayOptions> = fc.record({
  embed: fc.boolean(),
  controls: fc.option(fc.uniqueArray(fc.constantFrom(...CONTROL_NAMES)), { nil: null }),
})

describe('state → URL → state', () => {
  test('is the identity for every state the UI can produce, with no notice', () => {
    fc.assert(
      fc.property(validParams, validDisplay, (params, display) => {
        expect(parseParams(serializeParams(params, display))).toEqual({
          params,
          display,
          notices: [],
        })
      }),
      { numRuns: 1000 },
    )
  })

  test('is the identity through element attributes too (the record form)', () => {
    fc.assert(
      fc.property(validParams, validDisplay, (params, display) => {
        const attributes = Object.fromEntries(new URLSearchParams(serializeParams(params, display)))
        expect(parseParams(attributes)).toEqual({ params, display, notices: [] })
      }),
      { numRuns: 500 },
    )
  })

  test('an expression kept from the custom surface stays out of the link of another surface', () => {
    fc.assert(
      fc.property(validParams, text, (params, f) => {
        fc.pre(params.surface !== 'custom')
        const link = serializeParams({ ...params, f })
        expect(new URLSearchParams(link).has('f')).toBe(false)
        expect(parseParams(link)).toEqual({
          params,
          display: { embed: false, controls: null },
          notices: [],
        })
      }),
      { numRuns: 300 },
    )
  })

  test('renumbers run ids r1..rN and keeps their order', () => {
    const ids = ['r3', 'r7', 'r1', 'r9']
    const params = {
      ...defaultParams(),
      runs: ids.map((id, i) => ({ id, momentum: i / 10, rule: 'heavy-ball' as const })),
    }
    const back = parseParams(serializeParams(params)).params.runs
    expect(back.map((r) => [r.id, r.momentum])).toEqual([
      ['r1', 0],
      ['r2', 0.1],
      ['r3', 0.2],
      ['r4', 0.3],
    ])
  })
})

// ---- hostile input ----
const garbageValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.double().map(String), // NaN, Infinity, -0, 1e308, 5e-324…
  fc
    .array(fc.oneof(fc.double().map(String), fc.constantFrom('', 'n', 'e', '0x1f', ' ')), {
      maxLength: 9,
    })
    .map((xs) => xs.join(',')),
  fc.tuple(fc.double(), fc.constantFrom('n', 'e', 'N', 'x', '')).map(([n, s]) => `${n}${s}`),
  // short lists of plain numbers: well-formed starts, views and runs, often out of range
  fc
    .array(fc.integer({ min: -100000, max: 100000 }), { minLength: 1, maxLength: 4 })
    .map((xs) => xs.map((x) => x / 100).join(',')),
  fc.constantFrom('', ' ', 'Infinity', '-Infinity', 'NaN', '0x10', '1e999', '1_0', '+', '-', '.'),
  fc.constantFrom(
    'custom',
    'Ravine',
    'split',
    'overlay',
    'momentum,lr',
    '__proto__',
    'constructor',
  ),
)
const key = fc.oneof(fc.constantFrom(...PARAM_KEYS), fc.string({ maxLength: 8 }))
const query = fc
  .array(fc.tuple(key, garbageValue, fc.boolean()), { maxLength: 14 })
  .map((pairs) =>
    pairs.map(([k, v, raw]) => `${k}=${raw ? v : encodeURIComponent(wellFormed(v))}`).join('&'),
  )

describe('fuzzed input never throws and always gives a valid state', () => {
  test('arbitrary strings', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    )
    fc.assert(
      fc.property(anyText, (q) => {
        expect(problems(parseParams(q))).toEqual([])
      }),
      { numRuns: 3000 },
    )
  })

  test('known keys with garbage values, encoded or raw', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(problems(parseParams(q))).toEqual([])
      }),
      { numRuns: 5000 },
    )
  })

  test('attribute records with garbage values', () => {
    const value = fc.oneof(garbageValue, fc.double(), fc.boolean(), fc.constant(null))
    fc.assert(
      fc.property(fc.dictionary(key, value), (attributes) => {
        expect(problems(parseParams(attributes))).toEqual([])
      }),
      { numRuns: 3000 },
    )
  })

  test('whatever was read, its link reads back to the same state with no notice', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { params, display } = parseParams(q)
        expect(parseParams(serializeParams(params, display))).toEqual({
          params,
          display,
          notices: [],
        })
      }),
      { numRuns: 3000 },
    )
  })
})
