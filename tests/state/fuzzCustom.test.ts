// Fuzzing the whole way from a link to a drawn custom surface: query text → parseParams → the
// custom surface (through the registry, as the page does) → trajectories and contour paths.
// Nothing may throw; every outcome is a valid state, or a short message with a real position.
import fc from 'fast-check'
import { beforeAll, describe, expect, test } from 'vitest'
import { runTrajectory } from '../../src/core'
import { computeContours } from '../../src/render/contours'
import { linePath } from '../../src/render/geometry'
import { makeScales } from '../../src/render/scales'
import { LIMITS } from '../../src/state/params'
import { pageCatalog as catalog } from '../../src/state/catalog'
import { CUSTOM_DEFAULTS, parseParams, type ParamInput } from '../../src/state/urlParams'

beforeAll(async () => {
  await catalog.loadExpressions()
})

// ---- expressions: well-formed ones from a small grammar, and near-misses and garbage ----
const FUNCTIONS = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'atan', 'cosh']
const { expr: wellFormed } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'y', 'pi', 'e', '1', '0.5', '10', '1e-3', '0'),
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/'), tie('expr')).map((p) => p.join(' ')),
    fc.tuple(tie('expr'), fc.integer({ min: -4, max: 8 })).map(([a, n]) => `(${a})^${n}`),
    fc.tuple(fc.constantFrom(...FUNCTIONS), tie('expr')).map(([f, a]) => `${f}(${a})`),
    tie('expr').map((a) => `-(${a})`),
  ),
}))
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'constructor.constructor("alert(1)")()',
  '__proto__',
  'x; fetch("//evil")',
  '${x}',
  'x^9999999',
  '((((((((((((((((((((((((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))))))))))))))))))))))',
  'x'.repeat(501),
  '1e308*1e308',
  '0/0',
  'log(0)',
  '\u0000x',
  '\uD800',
  'x\u2028+y',
  '%',
  '%%',
  '+',
  '&',
]
const expressionText = fc.oneof(
  wellFormed,
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc
    .array(fc.constantFrom('x', 'y', '(', ')', '^', '*', '+', ' ', 'sin', '1', '.', ','), {
      maxLength: 20,
    })
    .map((parts) => parts.join('')),
)

// ---- the other parameters: sensible values, edge values and junk ----
const numberText = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -20, max: 20 }).map(String),
  fc.constantFrom('', ' ', '1e999', '-0', 'NaN', 'Infinity', '0x10', '1,2', '١', '.', '-'),
)
const viewText = fc.oneof(
  fc.array(numberText, { minLength: 4, maxLength: 4 }).map((v) => v.join(',')),
  fc
    .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-7, max: 1e6 }))
    .map(([a, span]) => [a, a + span, -a, -a + span].join(',')),
  fc.constantFrom('-5,5,-5,5', '-1e-7,1e-7,0,1', '5,-5,-5,5', '0,0,0,0', '1,2,3'),
  fc.string({ maxLength: 20 }),
)
const entry = fc.oneof(
  { weight: 4, arbitrary: expressionText.map((v) => ['f', v] as const) },
  { weight: 3, arbitrary: viewText.map((v) => ['view', v] as const) },
  fc.constantFrom('custom', 'CUSTOM', 'ravine', 'nope', '').map((v) => ['surface', v] as const),
  numberText.map((v) => ['lr', v] as const),
  fc.tuple(numberText, numberText).map(([a, b]) => ['start', `${a},${b}`] as const),
  fc.array(numberText, { maxLength: 8 }).map((v) => ['runs', v.join(',')] as const),
  numberText.map((v) => ['steps', v] as const),
  fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 12 })),
)
/** A query string as a link would carry it: encoded entries, sometimes raw, sometimes broken. */
const query = fc.oneof(
  fc
    .array(entry, { maxLength: 7 })
    .map((es) => new URLSearchParams(es.map(([k, v]) => [k, v])).toString()),
  fc.array(entry, { maxLength: 7 }).map((es) => es.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.string({ maxLength: 80 }),
  fc.string({ maxLength: 40 }).map((s) => `f=${s}`),
)

type Outcome = 'built-in' | 'drawn' | 'message'

/** Everything the page does with a link up to the drawn paths; returns how it ended. */
function followLink(input: ParamInput, steps = 40): Outcome {
  const { params, notices } = parseParams(input)
  for (const n of notices) {
    expect(n.length).toBeGreaterThan(0)
    expect(n.length).toBeLessThanOrEqual(200)
  }
  if (params.surface !== 'custom') return 'built-in'
  expect(params.f.trim()).not.toBe('') // 'custom' always comes with an expression
  const view = params.view ?? CUSTOM_DEFAULTS.domain
  const result = catalog.custom(params.f, view)
  expect(result).not.toBeNull() // the parser is loaded
  if (!result!.ok) {
    const { message, position } = result!
    expect(message).toMatch(/\S/)
    expect(message.length).toBeLessThanOrEqual(120)
    expect(Number.isInteger(position) && position >= 0 && position <= params.f.length).toBe(true)
    return 'message'
  }
  const s = result!.surface
  expect(s.domain).toEqual(view)
  expect(Number.isFinite(s.suggestedLr) && s.suggestedLr > 0).toBe(true)
  const [sx, sy] = s.defaultStart
  expect(sx >= view.x[0] && sx <= view.x[1] && sy >= view.y[0] && sy <= view.y[1]).toBe(true)
  // The page's own runs on it, drawn: no NaN or Infinity may reach a path.
  const scales = makeScales(view, 640, 400)
  for (const run of params.runs) {
    const t = runTrajectory(s, {
      start: params.start,
      lr: params.lr,
      momentum: run.momentum,
      steps,
    })
    expect(t.points.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true)
    expect(linePath(t.points, scales)).not.toMatch(/NaN|Infinity/)
  }
  const contours = computeContours(s, view, scales, 24, 15)
  for (const band of contours.bands) expect(band.d).not.toMatch(/NaN|Infinity/)
  return 'drawn'
}

describe('a link to a custom surface never breaks the page', () => {
  test('random query strings: a valid state, a drawn surface or a clear message', () => {
    const seen = new Set<Outcome>()
    fc.assert(
      fc.property(query, (q) => {
        seen.add(followLink(q))
      }),
      { numRuns: 3000 },
    )
    // The generators must reach every ending, or the property proves less than it claims.
    expect([...seen].sort()).toEqual(['built-in', 'drawn', 'message'])
  }, 30_000) // 3000 parses and grids: seconds on a busy machine

  test('well-formed expressions over random views are drawn with finite paths', () => {
    let drawn = 0
    fc.assert(
      fc.property(wellFormed, viewText, fc.double({ min: 1e-5, max: 10 }), (f, view, lr) => {
        if (followLink({ f, view, lr, runs: '0,0.9,0.999' }, 60) === 'drawn') drawn++
      }),
      { numRuns: 400 },
    )
    // A few are refused (a constant exponent too large after folding…); most must be drawn.
    expect(drawn).toBeGreaterThan(300)
  }, 30_000) // 400 parses and grids

  test('element attributes (any value type) go the same way', () => {
    const value = fc.oneof(expressionText, fc.double(), fc.boolean(), fc.constant(null))
    fc.assert(
      fc.property(
        fc.record({
          surface: fc.constantFrom('custom', 'ravine'),
          f: value,
          view: value,
          lr: value,
        }),
        (attrs) => {
          followLink(attrs as ParamInput)
        },
      ),
      { numRuns: 1000 },
    )
  })

  test('the runs stay within the momentum limits after the link is read', () => {
    fc.assert(
      fc.property(query, (q) => {
        for (const r of parseParams(q).params.runs)
          expect(r.momentum >= LIMITS.momentum[0] && r.momentum <= LIMITS.momentum[1]).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})
