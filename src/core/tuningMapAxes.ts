import { quadraticTheory } from './quadratic'
import type { Range, Surface } from './surfaces'
import type { RunOptions } from './trajectory'
import type { Vec2 } from './vec'

/** The update rule a tuning map sweeps, named as the page names it (same strings as its UpdateRule). */
export type TuningRule = 'heavy-ball' | 'nesterov' | 'ema'

/** The largest momentum on the map's axis: 1 − 10⁻³. */
export const MAX_MAP_MOMENTUM = 0.999

// The moving-average form with learning rate α walks heavy ball's path with α(1−β), so its
// interesting learning rates reach much higher: widen the top of its axis by this factor.
const EMA_LR_WIDENING = 25

/**
 * Default learning-rate span [min, max] of the map. Quadratic surfaces: from (2/L)/50 to 8/L, twice
 * the widest heavy-ball stability edge 4/L (β → 1); others: suggestedLr/30 to suggestedLr·10.
 */
export function defaultLrRange(surface: Surface, rule: TuningRule): Range {
  const [lo, hi] = surface.quadratic
    ? [
        quadraticTheory(surface.quadratic).gdStableBelowLr / 50,
        8 / quadraticTheory(surface.quadratic).L,
      ]
    : [surface.suggestedLr / 30, surface.suggestedLr * 10]
  return [lo, rule === 'ema' ? hi * EMA_LR_WIDENING : hi]
}

/** `count` learning rates evenly spaced on a log axis from range[0] to range[1], both included. */
export function lrAxis(range: Range, count: number): Float64Array {
  const out = new Float64Array(count)
  const [a, b] = [Math.log(range[0]), Math.log(range[1])]
  for (let j = 0; j < count; j++)
    out[j] = count === 1 ? range[0] : Math.exp(a + ((b - a) * j) / (count - 1))
  return out
}

/**
 * `count` momenta from 0 to 0.999, finer near 1: β = 1 − 10^(−t) with t evenly spaced on [0, 3],
 * so 0 → 0.9, 0.9 → 0.99 and 0.99 → 0.999 each get a third of the rows. Always starts at exactly 0.
 */
export function momentumAxis(count: number): Float64Array {
  const out = new Float64Array(count)
  const tMax = -Math.log10(1 - MAX_MAP_MOMENTUM)
  for (let i = 1; i < count; i++) out[i] = 1 - 10 ** (-(tMax * i) / (count - 1))
  if (count > 1) out[count - 1] = MAX_MAP_MOMENTUM // exact, not 1 − 10^(−3.0000000000000004)
  return out
}

/** The core's options for one cell: the page's rule names mapped onto torch's (as the page does). */
export function cellRunOptions(
  rule: TuningRule,
  start: Vec2,
  lr: number,
  momentum: number,
  steps: number,
): RunOptions {
  return {
    start,
    lr,
    momentum,
    steps,
    rule: rule === 'ema' ? 'ema' : 'heavy-ball',
    // torch refuses Nesterov without momentum; with momentum 0 it is plain GD anyway.
    nesterov: rule === 'nesterov' && momentum > 0,
  }
}
