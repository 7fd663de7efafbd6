// The story's sentences say each step's claim at the step's state, with the numbers measured
// there, and stop saying it when the state no longer bears it out.
import { beforeAll, describe, expect, test } from 'vitest'
import { convergedAt, valleyAxes, windowTravel, type Surface } from '../../../src/core'
import { makeRunDeriver } from '../../../src/state/deriver'
import type { Params } from '../../../src/state/params'
import { STORY_STEPS, storyParams, type StoryStep } from '../../../src/state/storySteps'
import { pageCatalog as catalog } from '../../../src/state/catalog'
import { formatNumber } from '../../../src/ui/format'
import { storySentences, type StoryContext } from '../../../src/ui/story/storyText'

beforeAll(() => catalog.load('logreg'))

const byId = (id: string) => STORY_STEPS.find((s) => s.id === id)!

function context(p: Params): StoryContext & { surface: Surface } {
  const surface = catalog.find(p.surface)!
  const results = makeRunDeriver()({ ...p, surface }, p.runs)
  const t = results[0]!.trajectory
  const perEpoch = 'stepsPerEpoch' in t ? (t.stepsPerEpoch as number) : 1
  return { results, surface, lr: p.lr, steps: p.steps * perEpoch, model: catalog.model(p.surface) }
}
const sentencesAt = (step: StoryStep, patch: Partial<Params> = {}) =>
  storySentences(step, context({ ...storyParams(step), ...patch }))

describe('every step says 2–4 finished sentences with finite numbers', () => {
  test.for(STORY_STEPS.map((s) => [s.id, s] as const))('%s', ([, step]) => {
    const said = sentencesAt(step)
    expect(said.length).toBeGreaterThanOrEqual(2)
    expect(said.length).toBeLessThanOrEqual(4)
    for (const s of said) {
      expect(s).toMatch(/[.…]$/)
      expect(s).not.toMatch(/NaN|Infinity|undefined|null/)
    }
  })
})

describe('the claims, with the numbers measured at the step', () => {
  test('zig-zag: the flips and the across/along travel of the first 50 steps', () => {
    const step = byId('zigzag')
    const c = context(storyParams(step))
    const t = windowTravel(c.results[0]!.trajectory.points, valleyAxes(c.surface), 50)
    const said = storySentences(step, c).join(' ')
    expect(said).toContain('flipped sign 49 times in its first 50 steps: each step overshoots')
    expect(said).toContain(
      `${formatNumber(t.across)} across the valley and only ${formatNumber(t.along)}`,
    )
  })

  test('zig-zag: at a small learning rate the sentence says the zig-zag dies out', () => {
    const said = sentencesAt(byId('zigzag'), { lr: 0.005 }).join(' ')
    expect(said).toContain('dies out')
    expect(said).not.toContain('each step overshoots')
  })

  test('moving average: cancels across and adds along at 0.75, not at 0.1', () => {
    const step = byId('average')
    expect(sentencesAt(step).join(' ')).toMatch(/keeps only \d+ %.*cancel.*add up/)
    const small = sentencesAt(step, {
      runs: [
        { id: 'r1', momentum: 0, rule: 'heavy-ball' },
        { id: 'r2', momentum: 0.1, rule: 'heavy-ball' },
      ],
    })
    expect(small.join(' ')).not.toContain('add up')
  })

  test('faster: the N× sooner is the measured ratio of steps', () => {
    const step = byId('faster')
    const c = context(storyParams(step))
    const [g, m] = c.results.map((r) =>
      convergedAt(r.trajectory.points, c.surface.minima, r.trajectory.divergedAt),
    )
    expect(storySentences(step, c)[0]).toContain(`${formatNumber(g! / m!, 2)}× sooner`)
  })

  test('a real model: the caveat that GD has not finished training', () => {
    expect(sentencesAt(byId('model')).join(' ')).toMatch(/has not finished training/)
  })

  test('too much: "again and again" and slower than GD at 0.97; not at 0.8', () => {
    const step = byId('too-much')
    const said = sentencesAt(step).join(' ')
    expect(said).toContain('again and again')
    expect(said).toContain('Even plain gradient descent gets there sooner')
    const runs = storyParams(step).runs.map((r) =>
      r.momentum === 0.97 ? { ...r, momentum: 0.8 } : r,
    )
    const tamed = sentencesAt(step, { runs }).join(' ')
    expect(tamed).not.toContain('again and again')
  })

  test('too little: "barely better" at 0.1, not at 0.5', () => {
    const step = byId('too-little')
    expect(sentencesAt(step).join(' ')).toContain('barely better')
    const runs = storyParams(step).runs.map((r) =>
      r.momentum === 0.1 ? { ...r, momentum: 0.5 } : r,
    )
    expect(sentencesAt(step, { runs }).join(' ')).not.toContain('barely better')
  })

  test('limits: the swing, the moving average and the optimum against √κ = 10', () => {
    const said = sentencesAt(byId('limits')).join(' ')
    expect(said).toContain('yet swings further')
    expect(said).toContain('α(1 − β) = 0.0018')
    expect(said).toMatch(/α\* = 0\.0331, β\* = 0\.669/)
    expect(said).toContain('√κ = 10')
  })
})
