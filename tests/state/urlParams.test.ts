import { describe, expect, test } from 'vitest'
import { getSurface } from '../../src/core'
import { defaultParams, type Params } from '../../src/state/params'
import {
  CUSTOM_DEFAULTS,
  parseParams,
  serializeParams,
  type ParsedParams,
} from '../../src/state/urlParams'

const ravine = getSurface('ravine')!
const enc = encodeURIComponent
const long = (n: number) => 'x'.repeat(n)

interface Row {
  q: string
  pick: (r: ParsedParams) => unknown
  want: unknown
  /** The notice the row must produce, or null for "no notice at all". */
  notice: RegExp | null
}
const row = (q: string, pick: Row['pick'], want: unknown, notice: RegExp | null): Row => ({
  q,
  pick,
  want,
  notice,
})
const surface = (r: ParsedParams) => r.params.surface
const lr = (r: ParsedParams) => r.params.lr
const start = (r: ParsedParams) => r.params.start
const runs = (r: ParsedParams) => r.params.runs.map((x) => [x.momentum, x.rule])
const steps = (r: ParsedParams) => r.params.steps

const rows: Row[] = [
  // surface: any registry id; 'custom' only with an expression
  row('surface=rosenbrock', surface, 'rosenbrock', null),
  row('surface=Saddle', surface, 'saddle', null),
  row('surface=foo', surface, 'ravine', /^surface 'foo' is unknown: using Ravine$/),
  row('surface=', surface, 'ravine', /surface '' is unknown/),
  row('surface=__proto__', surface, 'ravine', /surface '__proto__' is unknown/),
  row('surface=custom', surface, 'ravine', /surface 'custom' needs an expression f/),
  row(`surface=custom&f=${enc('x^2 + y^2')}`, surface, 'custom', null),
  row(`f=${enc('x*y')}`, surface, 'custom', null),
  row(
    `surface=ravine&f=${enc('x^2')}`,
    surface,
    'ravine',
    /^f is drawn only on the custom surface/,
  ),
  // f: untrusted text, at most 500 characters, kept verbatim
  row(`f=${enc('(1-x)^2 + 100*(y-x^2)^2')}`, (r) => r.params.f, '(1-x)^2 + 100*(y-x^2)^2', null),
  row(`f=${long(500)}`, (r) => r.params.f.length, 500, null),
  row(`f=${long(501)}`, (r) => r.params.f, '', /^f is longer than 500 characters/),
  // lr: clamped into [1e-5, 10]; anything that is not a plain number is the surface's default
  row('lr=0.05', lr, 0.05, null),
  row('lr=1e-3', lr, 0.001, null),
  row('lr=50', lr, 10, /^lr=50 is above the maximum 10: using 10$/),
  row('lr=0', lr, 1e-5, /^lr=0 is below the minimum/),
  row('lr=-1', lr, 1e-5, /^lr=-1 is below the minimum/),
  row('surface=rosenbrock&lr=abc', lr, 0.001, /^lr 'abc' is not a number: using 0.001$/),
  ...['', '0x10', 'Infinity', '-Infinity', 'NaN', '1e999', '1,2', '0.1.2', '1_0', ' '].map((v) =>
    row(`lr=${enc(v)}`, lr, ravine.suggestedLr, /^lr '.*' is not a number/),
  ),
  // start: two numbers, clamped into the view
  row('start=1,0.5', start, [1, 0.5], null),
  row('start=-0,0', start, [0, 0], null),
  row('start=100,-100', start, [10, -2.5], /^start=100,-100 is outside the view: using 10,-2.5$/),
  row('surface=saddle&start=5,5', start, [2, 2], /start=5,5 is outside/),
  row('view=-1,1,-1,1&start=5,0', start, [1, 0], /start=5,0 is outside/),
  row('view=-1,1,-1,1', start, [-1, 1], null), // ravine's default start, moved into the view
  ...['1', 'a,b', '1,2,3', ',', '1,NaN', '0x1,2'].map((v) =>
    row(`start=${enc(v)}`, start, ravine.defaultStart, /^start '.*' is not two numbers x,y/),
  ),
  // runs: momentum values with an optional n (Nesterov) or e (moving average) suffix
  row(
    'runs=0,0.9,0.99n',
    runs,
    [
      [0, 'heavy-ball'],
      [0.9, 'heavy-ball'],
      [0.99, 'nesterov'],
    ],
    null,
  ),
  row(
    'runs=0.5e,0.9N, 0.3E',
    runs,
    [
      [0.5, 'ema'],
      [0.9, 'nesterov'],
      [0.3, 'ema'],
    ],
    null,
  ),
  row('runs=0n', runs, [[0, 'nesterov']], null),
  row('runs=0.9,', runs, [[0.9, 'heavy-ball']], null),
  row('runs=0.12345', runs, [[0.1235, 'heavy-ball']], /^runs: '0.12345' rounded to 4 decimals/),
  row('runs=0.00001', runs, [[0, 'heavy-ball']], /^runs: '0.00001' rounded to 4 decimals: 0$/),
  row('runs=1.5', runs, [[0.999, 'heavy-ball']], /^runs: momentum '1.5' is above the maximum/),
  row('runs=-0.5e', runs, [[0, 'ema']], /^runs: momentum '-0.5e' is below the minimum/),
  row('runs=0.9x,0.5', runs, [[0.5, 'heavy-ball']], /^runs: '0.9x' is not a momentum value/),
  row('runs=n,e,0.5', runs, [[0.5, 'heavy-ball']], /^runs: 'n' is not a momentum value/),
  ...['', 'abc', ',,', 'Infinity', '0x1'].map((v) =>
    row(
      `runs=${enc(v)}`,
      runs,
      defaultParams().runs.map((r) => [r.momentum, r.rule]),
      /^runs/,
    ),
  ),
  row('runs=0,.1,.2,.3,.4,.5,.6', (r) => r.params.runs.length, 6, /^runs: at most 6 runs/),
  row('runs=0.1,0.2,0.3', (r) => r.params.runs.map((x) => x.id), ['r1', 'r2', 'r3'], null),
  // steps: a whole number in [1, 2000]
  row('steps=100', steps, 100, null),
  row('steps=5000', steps, 2000, /^steps=5000 is above the maximum 2000/),
  row('steps=0', steps, 1, /^steps=0 is below the minimum 1/),
  row('steps=12.5', steps, 13, /^steps=12.5 is not a whole number: using 13$/),
  row('steps=abc', steps, defaultParams().steps, /^steps 'abc' is not a number/),
  // layout, map, embed, controls
  row('layout=split', (r) => r.params.layout, 'split', null),
  row('layout=grid', (r) => r.params.layout, 'overlay', /^layout 'grid' is unknown/),
  row('map=1', (r) => r.params.map, true, null),
  row('map=', (r) => r.params.map, true, /^map= is empty: using map=1$/), // a slip in a link
  row('embed=', (r) => r.display.embed, true, /^embed= is empty: using embed=1$/),
  row('seed=1.5', (r) => r.params.seed, 2, /^seed=1.5 is not a whole number: using 2$/),
  row('batch=0.5', (r) => r.params.batch, 1, /^batch=0.5 is not a whole number: using 1$/),
  row('map=0', (r) => r.params.map, false, null),
  row('map=yes', (r) => r.params.map, false, /^map 'yes' should be 1 or 0/),
  row('embed=1', (r) => r.display.embed, true, null),
  row('embed=2', (r) => r.display.embed, false, /^embed '2' should be 1 or 0/),
  row('controls=momentum,lr,play', (r) => r.display.controls, ['momentum', 'lr', 'play'], null),
  row('controls=lr,lr,Momentum', (r) => r.display.controls, ['lr', 'momentum'], null),
  row('controls=', (r) => r.display.controls, [], null),
  row(
    'controls=momentum,foo',
    (r) => r.display.controls,
    ['momentum'],
    /^controls: 'foo' is unknown/,
  ),
  row('controls=foo', (r) => r.display.controls, null, /controls: 'foo' is unknown/),
  // view: xmin,xmax,ymin,ymax, finite, ordered and of a sane size
  row('view=-1,1,-2,2', (r) => r.params.view, { x: [-1, 1], y: [-2, 2] }, null),
  row('view=1,0,0,1', (r) => r.params.view, null, /^view '1,0,0,1' needs xmin < xmax/),
  row('view=1,2,3', (r) => r.params.view, null, /^view '1,2,3' is not four numbers/),
  row('view=0,Infinity,0,1', (r) => r.params.view, null, /^view .* is not four numbers/),
  row('view=0,1e9,0,1', (r) => r.params.view, null, /^view '0,1e9,0,1' must stay within/),
  row('view=0,1e-9,0,1', (r) => r.params.view, null, /^view '0,1e-9,0,1' must stay within/),
  // unknown and repeated names
  row('foo=1', (r) => r.params, defaultParams(), /^unknown parameter 'foo' ignored$/),
  row('LR=1', lr, ravine.suggestedLr, /^unknown parameter 'LR' ignored$/),
  row('lr=0.1&lr=0.2', lr, 0.2, /^lr is given more than once: using the last$/),
]

describe('parseParams, one parameter at a time', () => {
  test.for(rows)('$q', ({ q, pick, want, notice }) => {
    const r = parseParams(q)
    expect(pick(r)).toEqual(want)
    if (notice === null) expect(r.notices).toEqual([])
    else
      expect(
        r.notices.some((n) => notice.test(n)),
        r.notices.join(' | '),
      ).toBe(true)
  })
})

describe('parseParams defaults', () => {
  test('an empty query is the default state, with every control', () => {
    expect(parseParams('')).toEqual({
      params: defaultParams(),
      display: { embed: false, controls: null },
      notices: [],
    })
    expect(parseParams('?').params).toEqual(defaultParams())
  })

  test("a surface's suggested lr and start are its defaults", () => {
    const s = getSurface('rotated-ravine')!
    const { params } = parseParams('surface=rotated-ravine')
    expect([params.lr, params.start]).toEqual([s.suggestedLr, s.defaultStart])
  })

  test('the custom surface starts from its own defaults and keeps the expression', () => {
    const { params } = parseParams({ surface: 'custom', f: 'x^2 + 10*y^2' })
    expect(params).toMatchObject({ surface: 'custom', f: 'x^2 + 10*y^2', lr: CUSTOM_DEFAULTS.lr })
    expect(params.start).toEqual(CUSTOM_DEFAULTS.start)
  })

  test('a leading ? and URLSearchParams give the same result as the bare string', () => {
    const q = 'surface=saddle&lr=0.05&runs=0,0.9n'
    expect(parseParams(`?${q}`)).toEqual(parseParams(q))
    expect(parseParams(new URLSearchParams(q))).toEqual(parseParams(q))
  })

  test('attributes as a record: null/undefined mean absent, numbers and booleans are read', () => {
    const r = parseParams({ surface: 'saddle', lr: 0.05, runs: '0,0.9n', map: true, steps: null })
    expect(r.params).toMatchObject({ surface: 'saddle', lr: 0.05, map: true })
    expect(r.params.steps).toBe(defaultParams('saddle').steps)
    expect(r.params.runs.map((x) => x.rule)).toEqual(['heavy-ball', 'nesterov'])
    expect(r.notices).toEqual([])
    expect(parseParams({ embed: false, layout: undefined }).display.embed).toBe(false)
  })

  test('garbage never floods the page: at most 8 notices, each short', () => {
    const q = Array.from({ length: 50 }, (_, i) => `junk${i}=${long(1000)}`).join('&')
    const { notices } = parseParams(`${q}&lr=${long(1000)}`)
    expect(notices.length).toBeLessThanOrEqual(8)
    expect(notices.at(-1)).toMatch(/more problems/)
    for (const n of notices) expect(n.length).toBeLessThan(120)
  })
})

describe('serializeParams', () => {
  const state = (patch: Partial<Params>, surfaceId = 'ravine'): Params => ({
    ...defaultParams(surfaceId),
    ...patch,
  })

  test('the default state of a surface is (almost) empty', () => {
    expect(serializeParams(defaultParams())).toBe('')
    expect(serializeParams(defaultParams('rosenbrock'))).toBe('surface=rosenbrock')
  })

  test('writes every non-default value in a stable key order, commas unescaped', () => {
    const s = state(
      {
        lr: 0.05,
        start: [0.5, 1.5],
        runs: [
          { id: 'r1', momentum: 0.5, rule: 'ema' },
          { id: 'r2', momentum: 0.99, rule: 'nesterov' },
        ],
        steps: 120,
        layout: 'split',
        map: true,
        view: { x: [-1, 1], y: [-2, 2] },
      },
      'saddle',
    )
    expect(serializeParams(s, { embed: true, controls: ['momentum', 'play'] })).toBe(
      'surface=saddle&view=-1,1,-2,2&lr=0.05&start=0.5,1.5&runs=0.5e,0.99n&steps=120' +
        '&layout=split&map=1&embed=1&controls=momentum,play',
    )
  })

  test('momentum is written with at most 4 decimals, never as float noise', () => {
    const runs = [{ id: 'r1', momentum: 0.1 + 0.2, rule: 'heavy-ball' as const }]
    expect(serializeParams(state({ runs }))).toBe('runs=0.3')
  })

  test('lr and start are written exactly, so any slider value comes back unchanged', () => {
    const lr = 10 ** -1.7
    const s = state({ lr, start: [Math.PI, -1 / 3] })
    const back = parseParams(serializeParams(s)).params
    expect([back.lr, back.start]).toEqual([lr, [Math.PI, -1 / 3]])
    expect(serializeParams(state({ lr: 0.0178 }))).toBe('lr=0.0178')
  })

  test('an expression with + & = # survives the query string', () => {
    const f = 'x^2 + y^2 & #1 = 50% ?'
    const q = serializeParams(state({ surface: 'custom', f }))
    expect(q).toMatch(/^surface=custom&f=[^&#+ ]*(&|$)/)
    expect(parseParams(q).params.f).toBe(f)
  })

  test('an empty controls list is written, so "no controls" survives', () => {
    const q = serializeParams(defaultParams(), { embed: true, controls: [] })
    expect(q).toBe('embed=1&controls=')
    expect(parseParams(q).display).toEqual({ embed: true, controls: [] })
  })
})
