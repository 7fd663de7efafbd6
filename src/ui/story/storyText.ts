// The story's sentences (issue #22), computed from the figure's current runs like the rest of the
// page's words: each claim is made only when its numbers say it, else the sentence says what did
// happen. Steps 5–8 are in storyTextLate.ts.
import {
  norm,
  oscillation,
  sub,
  valleyAxes,
  velocityParts,
  windowTravel,
  type Vec2,
} from '../../core'
import type { StoryStep } from '../../state/storySteps'
import { formatNumber, formatPoint } from '../format'
import { valleyNote } from '../summaryNotes'
import { baseline, bestOther, comparison, runOutcome } from '../summaryText'
import type { StoryContext } from './storyContext'
import { lateSentences } from './storyTextLate'

/** The window the zig-zag is counted in: the reference sweep's 50 steps. */
export const ZIGZAG_WINDOW = 50
/** The step at which step 3 looks at how momentum's velocity was built. */
export const AVERAGE_AT = 20

const NO_GD = 'There is no plain gradient-descent run in the figure now.'
const pct = (x: number) => `${Math.round(x * 100)} %`

function gradientStep(c: StoryContext): string[] {
  const gd = baseline(c.results)
  const rule = `Each step moves against the gradient where the run stands, scaled by the learning rate α = ${formatNumber(c.lr)}: nothing from earlier steps goes into it.`
  if (!gd) return [rule, NO_GD]
  const [p0, p1] = gd.trajectory.points as [Vec2, Vec2?]
  const out = [rule]
  if (p1) {
    const g = norm(c.surface.grad(p0[0], p0[1]))
    out.push(
      `Its first step, from ${formatPoint(p0[0], p0[1])}, is ${formatNumber(norm(sub(p1, p0)))} long: α times the gradient there, which is ${formatNumber(g)} long.`,
    )
  }
  out.push(`Gradient descent ${runOutcome(gd, c.surface, c.steps)}.`)
  return out
}

function zigzagStep(c: StoryContext): string[] {
  const gd = baseline(c.results)
  if (!gd) return [NO_GD]
  const axes = valleyAxes(c.surface)
  if (!axes.isClear)
    return [`${c.surface.name} has no clear steep axis, so there is no valley to zig-zag across.`]
  const { points } = gd.trajectory
  const n = Math.min(ZIGZAG_WINDOW, points.length - 1)
  const flips = oscillation(points, axes.across, ZIGZAG_WINDOW).flips
  const t = windowTravel(points, axes, ZIGZAG_WINDOW)
  const first =
    flips >= 0.8 * (n - 1)
      ? `Across the valley, gradient descent’s step flipped sign ${flips} times in its first ${n} steps: each step overshoots the steep direction and the next one comes back.`
      : `Across the valley, gradient descent’s step flipped sign only ${flips} times in its first ${n} steps: at this learning rate the zig-zag dies out.`
  const ratio = t.across / t.along
  const second =
    ratio >= 2
      ? `In those steps it travelled ${formatNumber(t.across)} across the valley and only ${formatNumber(t.along)} along it, towards the minimum: ${formatNumber(ratio, 2)}× more back and forth than forward.`
      : `In those steps it travelled ${formatNumber(t.across)} across the valley and ${formatNumber(t.along)} along it.`
  return [first, second, `Gradient descent ${runOutcome(gd, c.surface, c.steps)}.`]
}

function averageStep(c: StoryContext): string[] {
  const axes = valleyAxes(c.surface)
  const note = valleyNote(c.results, axes)
  const m = c.results.find((r) => r.run.momentum > 0 && r.run.rule === 'heavy-ball')
  const out = [
    note ??
      'Here gradient descent does not travel twice as far across the valley as the momentum runs: the averaging has little to cancel.',
  ]
  const pts = m?.trajectory.points
  if (!m || !axes.isClear || !pts || pts.length <= AVERAGE_AT) return out
  const grads = pts.slice(0, AVERAGE_AT).map(([x, y]) => c.surface.grad(x, y))
  const v = velocityParts(grads, m.run.momentum, axes)
  out.push(
    v.acrossKept < 0.5
      ? `After ${AVERAGE_AT} steps, ${m.label}’s velocity keeps only ${pct(v.acrossKept)} of its past gradients’ across-valley parts: they alternate in sign and cancel.`
      : `After ${AVERAGE_AT} steps, ${m.label}’s velocity keeps ${pct(v.acrossKept)} of its past gradients’ across-valley parts: at this β they do not cancel much.`,
    v.isAlongSteady && v.alongGain >= 1.5
      ? `Their along-valley parts all point the same way and add up: its along-valley step is ${formatNumber(v.alongGain)}× the latest gradient’s.`
      : `Its along-valley step is ${formatNumber(v.alongGain)}× the latest gradient’s.`,
  )
  return out
}

function fasterStep(c: StoryContext): string[] {
  const gd = baseline(c.results)
  const best = bestOther(c.results, c.surface)
  const first = comparison(c.results, c.steps, c.surface)
  if (!gd || !best || !first) return [first ?? NO_GD]
  const at = Math.min(
    ZIGZAG_WINDOW,
    gd.trajectory.losses.length - 1,
    best.trajectory.losses.length - 1,
  )
  const [g, b] = [gd.trajectory.losses[at], best.trajectory.losses[at]]
  if (at < 1 || g === undefined || b === undefined) return [first]
  return [
    first,
    `After ${at} steps ${best.label}’s loss is ${formatNumber(b)} and gradient descent’s ${formatNumber(g)}; the chart below draws both on a log axis, where each factor of ten is one grid line.`,
  ]
}

/** The 2–4 sentences of a story step, for the figure as it is now. */
export type { StoryContext }

export function storySentences(step: StoryStep, c: StoryContext): string[] {
  switch (step.id) {
    case 'gradient':
      return gradientStep(c)
    case 'zigzag':
      return zigzagStep(c)
    case 'average':
      return averageStep(c)
    case 'faster':
      return fasterStep(c)
    default:
      return lateSentences(step, c)
  }
}
