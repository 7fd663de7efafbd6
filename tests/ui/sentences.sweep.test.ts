// The sentence sweep: thousands of random states (every surface, lr, runs, rules, starts), each
// sentence the page would state checked against numbers recomputed here from the trajectories.
import fc from 'fast-check'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  CLEAR_VALLEY_RATIO,
  convergedAt,
  nearestMinimum,
  surfaces,
  valleyAxes,
  type Surface,
  type Vec2,
} from '../../src/core'
import { modelSurfaceIds } from '../../src/core/models'
import { makeRunDeriver, type RunResult } from '../../src/state/deriver'
import type { RunParams, UpdateRule } from '../../src/state/params'
import { pageCatalog as catalog } from '../../src/state/catalog'
import { formatNumber } from '../../src/ui/format'
import { emaNote, oscillationNote, valleyNote } from '../../src/ui/summaryNotes'
import { comparison, runOutcome } from '../../src/ui/summaryText'

const CUSTOM = [
  '2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2',
  'x^2 + 10*y^2',
  '(x^2-1)^2 + 3*y^2',
  'sin(x) + y^2',
]
let pool: Surface[] = []
beforeAll(async () => {
  await catalog.load('logreg')
  await catalog.load('custom')
  const custom = CUSTOM.map((f) => catalog.custom(f, { x: [-3, 3], y: [-3, 3] }))
  pool = [
    ...surfaces,
    ...modelSurfaceIds.map((id) => catalog.find(id)!),
    ...custom.flatMap((c) => (c?.ok ? [c.surface] : [])),
  ]
})

interface Case {
  readonly surface: Surface
  readonly results: RunResult[]
  readonly steps: number
  readonly lr: number
}

/** What the test knows of a run, from its trajectory alone. */
function truth(c: Case, r: RunResult) {
  const { points, divergedAt } = r.trajectory
  const at = convergedAt(points, c.surface.minima, divergedAt)
  const to = at === null ? null : nearestMinimum(points.at(-1) as Vec2, c.surface.minima).index
  return { at, to, divergedAt }
}

const named = (c: Case, label: string) => {
  const found = c.results.filter((r) => r.label.toLowerCase() === label.toLowerCase())
  expect(found.length, `no run is called "${label}"`).toBeGreaterThan(0)
  return found
}
/** Some run of that name satisfies the check (two runs may share a label). */
const someRun = (c: Case, label: string, check: (t: ReturnType<typeof truth>) => boolean) =>
  expect(
    named(c, label).some((r) => check(truth(c, r))),
    `"${label}"`,
  ).toBe(true)

const NUM = String.raw`(-?[\d.]+(?:e-?\d+)?)`
const ratioOf = (slow: number, fast: number) => formatNumber(slow / Math.max(1, fast), 2)

const seen = new Map<string, number>()
const saw = (kind: string) => seen.set(kind, (seen.get(kind) ?? 0) + 1)

/** Every claim a sentence makes, checked; a sentence of a shape not known here fails. */
function checkSentence(c: Case, s: string) {
  saw(
    /sooner/.test(s)
      ? 'sooner'
      : /stopped at/.test(s)
        ? 'different minima'
        : /^Neither/.test(s)
          ? 'neither'
          : /diverged/.test(s)
            ? 'diverged'
            : 'other',
  )
  expect(s).not.toMatch(/NaN|Infinity|undefined|null|function|\[object|–×/)
  let m: RegExpExecArray | null
  if (
    (m = new RegExp(
      String.raw`^(.+?) reached (.+?) ${NUM}× sooner than (.+?) \((\d+) steps? against (\d+)\)\.$`,
    ).exec(s))
  ) {
    const [, fast, , ratio, slow, a, b] = m
    const [fa, sb] = [Number(a), Number(b)]
    someRun(c, fast!, (t) => t.at === fa)
    someRun(c, slow!, (t) => t.at === sb)
    const f = named(c, fast!).find((r) => truth(c, r).at === fa)!
    const g = named(c, slow!).find((r) => truth(c, r).at === sb)!
    expect(truth(c, f).to, 'same minimum').toBe(truth(c, g).to)
    expect(ratio).toBe(ratioOf(sb, fa))
    expect(sb / Math.max(1, fa)).toBeGreaterThanOrEqual(1.05)
    return
  }
  expect(s, 'speed claimed in another shape').not.toMatch(/sooner|faster/)
  if (
    (m =
      /^(.+?) and gradient descent took about as long to reach .+ \((\d+) and (\d+) steps\)\.$/.exec(
        s,
      ))
  ) {
    someRun(c, m[1]!, (t) => t.at === Number(m![2]))
    someRun(c, 'gradient descent', (t) => t.at === Number(m![3]))
    return
  }
  if (
    (m =
      /^(.+?) reached (.+?) in (\d+) steps?; gradient descent stopped at (.+?) after (\d+) steps?\.$/.exec(
        s,
      ))
  ) {
    const [, name, where, n, gdWhere, k] = m
    expect(where).not.toBe(gdWhere)
    someRun(c, name!, (t) => t.at === Number(n) && t.to !== null)
    someRun(c, 'gradient descent', (t) => t.at === Number(k) && t.to !== null)
    const gdTo = truth(c, named(c, 'gradient descent')[0]!).to!
    expect(c.surface.minima[gdTo]!.isGlobal).toBe(gdWhere!.includes('global'))
    return
  }
  if (
    (m =
      /^Neither (.+?) nor gradient descent converged within (\d+) steps?; .+'s loss is (.+), gradient descent's (.+)\.$/.exec(
        s,
      ))
  ) {
    expect(Number(m[2])).toBe(c.steps)
    someRun(c, m[1]!, (t) => t.at === null && t.divergedAt === null)
    someRun(c, 'gradient descent', (t) => t.at === null && t.divergedAt === null)
    return
  }
  if ((m = /^Both runs start at .+\.$/.exec(s))) {
    expect(c.results.every((r) => truth(c, r).at === 0 || r.label !== c.results[0]!.label)).toBe(
      true,
    )
    return
  }
  if ((m = /^(.+?) not converged within (\d+) steps?\.$/.exec(s))) {
    expect(Number(m[2])).toBe(c.steps)
    someRun(c, m[1]!, (t) => t.at === null && t.divergedAt === null)
    return
  }
  if (
    (m =
      /^(.+?) converged in (\d+) steps? at (?:the|a) (global|local) minimum at \((.+?), (.+?)\)/.exec(
        s,
      ))
  ) {
    const [, name, n, kind, mx, my] = m
    someRun(c, name!, (t) => {
      const min = t.to === null ? undefined : c.surface.minima[t.to]
      return (
        t.at === Number(n) &&
        !!min &&
        min.isGlobal === (kind === 'global') &&
        formatNumber(min.x) === mx &&
        formatNumber(min.y) === my
      )
    })
    return
  }
  // "X diverged at step k" / "…; Y converged in n steps" / "…; Y had not converged after N steps"
  for (const [, name, k] of s.matchAll(/(?:^|; |, )([A-Z][^;,]*?) (?:diverged )?at step (\d+)/g))
    someRun(c, name!.replace(/ diverged$/, ''), (t) => t.divergedAt === Number(k))
  for (const [, name, n] of s.matchAll(/(?:^|; )([^;]+?) converged in (\d+) steps?/g))
    someRun(c, name!, (t) => t.at === Number(n))
  for (const [, name, n] of s.matchAll(/(?:^|; )([^;]+?) had not converged after (\d+) steps?/g)) {
    expect(Number(n)).toBe(c.steps)
    someRun(c, name!, (t) => t.at === null && t.divergedAt === null)
  }
  expect(s).toMatch(/diverged at step|converged in|had not converged/)
}

/** "…; Momentum 0.9 X in total against Y" and the other valley notes: numbers and conditions. */
function checkNote(c: Case, s: string) {
  saw(s.slice(0, 12))
  expect(s).not.toMatch(/NaN|Infinity|undefined|null|–×/)
  const axes = valleyAxes(c.surface)
  if (/across the valley/i.test(s)) {
    // An independent reading of "clear valley": the curvatures the surface lists at that minimum.
    const min = c.surface.minima.find((m) => m.isGlobal) ?? c.surface.minima[0]
    if (min && !c.surface.quadratic) {
      const [lo, hi] = min.hessianEigenvalues
      expect(hi / lo).toBeGreaterThanOrEqual(CLEAR_VALLEY_RATIO * 0.99)
    }
    expect(axes.isClear).toBe(true)
  }
  const gd = c.results.find((r) => r.label === 'Gradient descent')
  if (!gd) return expect(s).toMatch(/^The moving average .+ α·\(1−β\) = [\d.e-]+\.$/)
  let m: RegExpExecArray | null
  if (
    (m = new RegExp(
      String.raw`^Across the valley, gradient descent travels ${NUM} in all and (.+?) ${NUM} \(${NUM}× less\)`,
    ).exec(s))
  ) {
    const r = named(c, m[2]!)[0]!
    expect(m[1]).toBe(formatNumber(gd.summary.across.travel))
    expect(m[3]).toBe(formatNumber(r.summary.across.travel))
    expect(gd.summary.across.travel).toBeGreaterThanOrEqual(2 * r.summary.across.travel)
  }
  if (
    (m = new RegExp(
      String.raw`^(.+?) turns back across the valley (\d+) times? .+ against gradient descent's (\d+), yet swings further across it: ${NUM} in total against ${NUM}\.`,
    ).exec(s))
  ) {
    const r = named(c, m[1]!)[0]!
    expect(Number(m[2])).toBeLessThan(Number(m[3]))
    expect(r.summary.across.travel).toBeGreaterThan(gd.summary.across.travel)
  }
  for (const [, ratio] of s.matchAll(
    new RegExp(String.raw`(?:still gets there|here it gets there) ${NUM}× sooner`, 'g'),
  )) {
    const r = c.results.find(
      (x) =>
        s.startsWith(x.label) ||
        (x.run.rule === 'ema' && x.run.momentum > 0 && s.startsWith('The moving')),
    )!
    const [t, g] = [truth(c, r), truth(c, gd)]
    expect(t.to).not.toBeNull()
    expect(t.to).toBe(g.to)
    expect(ratio).toBe(ratioOf(g.at!, t.at!))
  }
  for (const [, ratio] of s.matchAll(
    new RegExp(
      String.raw`(?:Here gradient descent gets there|plain gradient descent gets there) ${NUM}× sooner`,
      'g',
    ),
  )) {
    const r = c.results.find(
      (x) =>
        s.startsWith(x.label) ||
        (x.run.rule === 'ema' && x.run.momentum > 0 && s.startsWith('The moving')),
    )!
    const [t, g] = [truth(c, r), truth(c, gd)]
    expect(g.to).toBe(t.to)
    expect(ratio).toBe(ratioOf(t.at!, g.at!))
  }
}

const RULES: UpdateRule[] = ['heavy-ball', 'nesterov', 'ema']
const state = fc.record({
  surface: fc.nat(1000),
  // log10 of lr over the surface's suggested one: mostly near it, where runs converge, some far.
  lr: fc.oneof(
    fc.double({ min: -1, max: 0.15, noNaN: true }),
    fc.double({ min: -3, max: 2, noNaN: true }),
  ),
  steps: fc.oneof(fc.integer({ min: 400, max: 800 }), fc.integer({ min: 1, max: 800 })),
  randomStart: fc.boolean(),
  start: fc.tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  gd: fc.double({ min: 0, max: 1, noNaN: true }).map((u) => u < 0.8),
  runs: fc.array(
    fc.record({
      momentum: fc.oneof(
        fc.constantFrom(0, 0.5, 0.75, 0.9, 0.99),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
      ),
      rule: fc.constantFrom(...RULES),
    }),
    { minLength: 1, maxLength: 4 },
  ),
})

describe('every sentence agrees with the numbers it states', () => {
  test('over 2,000 random states', () => {
    let checked = 0
    fc.assert(
      fc.property(state, (st) => {
        const surface = pool[st.surface % pool.length]!
        const isModel = modelSurfaceIds.includes(surface.id as never)
        const { x, y } = surface.domain
        const start: Vec2 = st.randomStart
          ? [x[0] + st.start[0] * (x[1] - x[0]), y[0] + st.start[1] * (y[1] - y[0])]
          : surface.defaultStart
        const runs: RunParams[] = [
          ...(st.gd ? [{ momentum: 0, rule: 'heavy-ball' as const }] : []),
          ...st.runs.map((r) => ({ ...r, momentum: Number(r.momentum.toFixed(3)) })),
        ].map((r, i) => ({ ...r, id: `r${i + 1}` }))
        const epochs = isModel ? Math.max(1, Math.round(st.steps / 20)) : st.steps
        const lr = Math.min(10, surface.suggestedLr * 10 ** st.lr)
        const shared = {
          surface,
          lr,
          start,
          steps: epochs,
          batch: isModel && st.randomStart ? 40 : 0,
          seed: 1,
        }
        const results = makeRunDeriver()(shared, runs)
        const perEpoch = (results[0]!.trajectory as { stepsPerEpoch?: number }).stepsPerEpoch ?? 1
        const c: Case = { surface, results, steps: epochs * perEpoch, lr }
        const axes = valleyAxes(surface)
        for (const r of results) {
          const outcome = runOutcome(r, surface, c.steps)
          checkSentence(
            c,
            `${r.label} ${outcome}.`.replace(/ starts at the minimum\.$/, ' converged in 0 steps.'),
          )
        }
        const sentence = comparison(results, c.steps, surface)
        if (sentence) checkSentence(c, sentence)
        for (const note of [
          valleyNote(results, axes),
          oscillationNote(results, axes),
          emaNote(results, lr),
        ])
          if (note) checkNote(c, note)
        checked++
      }),
      { numRuns: 2000, seed: 20261204, verbose: 1 },
    )
    expect(checked).toBe(2000)
    // The sweep reached every kind of sentence, many times.
    for (const kind of [
      'sooner',
      'different minima',
      'neither',
      'diverged',
      'Across the v',
      'The moving a',
    ])
      expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(20)
    expect([...seen.keys()].some((k) => / turns back/.test(k) || k.startsWith('Momentum'))).toBe(
      true,
    )
  }, 120_000)
})
