import type { RunOptions, Vec2 } from '../core'
import type { RunParams } from './params'

/** The core's options for one run of the page: the page's rule names mapped onto torch's. */
export function runOptions(run: RunParams, lr: number, start: Vec2, steps: number): RunOptions {
  return {
    start,
    lr,
    steps,
    momentum: run.momentum,
    rule: run.rule === 'ema' ? 'ema' : 'heavy-ball',
    // torch refuses Nesterov without momentum; with momentum 0 it is plain GD anyway.
    nesterov: run.rule === 'nesterov' && run.momentum > 0,
  }
}

/** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
export const RUN_COLORS = [
  '#D55E00',
  '#0072B2',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
] as const
/** A second cue besides colour, for the current-step marker of each run. */
export const RUN_MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const
export type RunMarker = (typeof RUN_MARKERS)[number]

const RULE_NAMES = { 'heavy-ball': '', nesterov: ' (Nesterov)', ema: ' (moving average)' } as const

/** "Gradient descent" for momentum 0, else "Momentum 0.9" plus the rule when it is not heavy ball. */
export function runLabel(run: RunParams): string {
  if (run.momentum === 0 && run.rule !== 'ema') return 'Gradient descent'
  return `Momentum ${formatMomentum(run.momentum)}${RULE_NAMES[run.rule]}`
}

/** Momentum with as many digits as it needs near 1 (0.9, 0.99, 0.999), never more than 3. */
export const formatMomentum = (m: number) => String(Number(m.toFixed(3)))
