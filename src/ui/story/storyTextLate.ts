// The story's sentences for steps 5–8 (see storyText.ts): the real model, too much and too little
// momentum, and where the slogan stops.
import {
  convergedAt,
  crossings,
  optimumRace,
  overshoot,
  quadraticTheory,
  valleyAxes,
  valleyMinimum,
} from '../../core'
import type { RunResult } from '../../state/hooks'
import type { StoryStep } from '../../state/storySteps'
import { formatNumber } from '../format'
import { epochRuns, trainingSummary } from '../models/epochSeries'
import { trainingCaveat } from '../models/trainingCaveat'
import { emaNote, oscillationNote } from '../summaryNotes'
import { baseline, runOutcome } from '../summaryText'
import type { StoryContext } from './storyContext'

/** Steps to converge of a run, or null. */
const stepsOf = (c: StoryContext, r: RunResult) =>
  convergedAt(r.trajectory.points, c.surface.minima, r.trajectory.divergedAt)
const live = (r: RunResult) => r.trajectory.divergedAt === null
const momentumRuns = (c: StoryContext) => c.results.filter((r) => r.run.momentum > 0 && live(r))

function modelStep(c: StoryContext): string[] {
  const data = epochRuns(c.results)
  const model = c.model
  const intro =
    'Logistic regression on 200 students, trained with mini-batches: the training loss and the test accuracy after each epoch are the two charts momentum is usually shown with.'
  if (!data || !model) return [intro, 'Training the model…']
  const caveat = trainingCaveat(data.runs, model)
  return [intro, trainingSummary(data.runs, data.epochCount), ...(caveat ? [caveat] : [])]
}

function tooMuchStep(c: StoryContext): string[] {
  const runs = momentumRuns(c)
  const big = [...runs].sort((a, b) => b.run.momentum - a.run.momentum)[0]
  const min = valleyMinimum(c.surface)
  if (!big || !min) return ['There is no momentum run that stays in the view.']
  const along = valleyAxes(c.surface).along
  const o = overshoot(big.trajectory.points, [min.x, min.y], along)
  const n = crossings(big.trajectory.points, [min.x, min.y], along)
  const first =
    n >= 3 && o > 0.5
      ? `${big.label} passes the minimum along the valley ${n} times, by up to ${formatNumber(o)}: the velocity it has built carries it past again and again.`
      : `${big.label} passes the minimum along the valley ${n} times, by at most ${formatNumber(o)}.`
  const sb = stepsOf(c, big)
  if (sb === null) return [first, `${big.label} ${runOutcome(big, c.surface, c.steps)}.`]
  const quicker = runs
    .filter((r) => r !== big && (stepsOf(c, r) ?? Infinity) < sb)
    .sort((a, b) => stepsOf(c, a)! - stepsOf(c, b)!)[0]
  const gd = baseline(c.results)
  const sg = gd ? stepsOf(c, gd) : null
  const out = [first]
  if (quicker)
    out.push(
      `It needs ${sb} steps, ${formatNumber(sb / stepsOf(c, quicker)!, 2)}× as many as ${quicker.label} (${stepsOf(c, quicker)}).`,
    )
  else out.push(`It needs ${sb} steps, fewer than every other momentum run here.`)
  if (sg !== null && sg < sb) out.push(`Even plain gradient descent gets there sooner, in ${sg}.`)
  return out
}

function tooLittleStep(c: StoryContext): string[] {
  const small = [...momentumRuns(c)].sort((a, b) => a.run.momentum - b.run.momentum)[0]
  const gd = baseline(c.results)
  if (!small || !gd) return ['This step needs a gradient-descent run and a momentum run.']
  const [ss, sg] = [stepsOf(c, small), stepsOf(c, gd)]
  const beta = small.run.momentum
  const out: string[] = []
  if (ss === null || sg === null)
    out.push(
      `${small.label} ${runOutcome(small, c.surface, c.steps)}; gradient descent ${runOutcome(gd, c.surface, c.steps)}.`,
    )
  else if (ss < sg) {
    const saved = 1 - ss / sg
    const barely = saved < 0.2 ? ': barely better' : ''
    out.push(
      `${small.label} needs ${ss} steps against gradient descent’s ${sg}, ${Math.round(saved * 100)} % fewer${barely}.`,
    )
  } else out.push(`${small.label} needs ${ss} steps, gradient descent ${sg}.`)
  out.push(
    `With β = ${formatNumber(beta)} the velocity keeps ${formatNumber(beta)} of its last value, so a gradient that keeps pointing the same way adds up to at most 1/(1 − β) = ${formatNumber(1 / (1 - beta))} times itself.`,
  )
  const others = momentumRuns(c).filter((r) => r !== small && stepsOf(c, r) !== null)
  const best = others.sort((a, b) => stepsOf(c, a)! - stepsOf(c, b)!)[0]
  if (best) out.push(`${best.label} needs ${stepsOf(c, best)}.`)
  return out
}

function limitsStep(c: StoryContext): string[] {
  const axes = valleyAxes(c.surface)
  const swing = oscillationNote(c.results, axes)
  const beta = c.results.find((r) => r.run.momentum > 0)?.run.momentum ?? 0.9
  const ema =
    emaNote(c.results, c.lr) ??
    `The moving-average form, v ← βv + (1 − β)g, with β = ${formatNumber(beta)} and α = ${formatNumber(c.lr)} walks exactly heavy ball’s path at α(1 − β) = ${formatNumber(c.lr * (1 - beta))}.`
  const out = swing ? [swing, ema] : [ema]
  const start = c.results[0]?.trajectory.points[0]
  const race = start ? optimumRace(c.surface, start, Math.max(c.steps, 2000)) : null
  if (!race || !c.surface.quadratic || race.gdSteps === null || race.momentumSteps === null)
    return out
  const t = quadraticTheory(c.surface.quadratic)
  out.push(
    `Theory’s best pair here is α* = ${formatNumber(t.momentumBestLr)}, β* = ${formatNumber(t.momentumBestMomentum)}: heavy ball then needs ${race.momentumSteps} steps and plain gradient descent, at its own best α = ${formatNumber(t.gdBestLr)}, ${race.gdSteps}, ${formatNumber(race.gdSteps / Math.max(1, race.momentumSteps), 2)}× as many; in the long run the ratio of their rates tends to √κ = ${formatNumber(race.sqrtKappa)}.`,
  )
  return out
}

/** Sentences of steps 5–8. */
export function lateSentences(step: StoryStep, c: StoryContext): string[] {
  if (step.id === 'model') return modelStep(c)
  if (step.id === 'too-much') return tooMuchStep(c)
  if (step.id === 'too-little') return tooLittleStep(c)
  if (step.id === 'limits') return limitsStep(c)
  return []
}
