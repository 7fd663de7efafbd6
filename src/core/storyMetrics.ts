import { convergedAt, oscillation } from './metrics'
import { quadraticTheory } from './quadratic'
import type { Surface } from './surfaces'
import { runTrajectory } from './trajectory'
import { dot, sub, type Vec2 } from './vec'

/** Distance travelled across and along a valley in the first `window` steps of a path. */
export function windowTravel(
  points: readonly Vec2[],
  axes: { readonly across: Vec2; readonly along: Vec2 },
  window = 50,
): { across: number; along: number } {
  const head = points.slice(0, window + 1)
  return {
    across: oscillation(head, axes.across).travel,
    along: oscillation(head, axes.along).travel,
  }
}

/** How a heavy-ball velocity is built from the gradients before it, split across and along. */
export interface VelocityParts {
  /** |across part of v| over Σ βʲ |across part of g₋ⱼ|: near 0 when the across parts cancel. */
  readonly acrossKept: number
  /** along part of v over the along part of the latest gradient: up to 1/(1 − β) as they add up. */
  readonly alongGain: number
  /** Whether every gradient's along part points the same way (so they add up). */
  readonly isAlongSteady: boolean
}

/**
 * The velocity v = Σⱼ βʲ g₋ⱼ (torch's heavy ball, seeded with the first g) of the gradients
 * `grads` (oldest first), split along the valley's axes. Never divides by zero (NaN parts are 0).
 * @example velocityParts([[0, 1], [0, -1], [1, 1]], 0.5, axes) // across parts cancel
 */
export function velocityParts(
  grads: readonly Vec2[],
  beta: number,
  axes: { readonly across: Vec2; readonly along: Vec2 },
): VelocityParts {
  let v: Vec2 = [0, 0]
  let acrossSize = 0
  const alongSigns = new Set<number>()
  for (const g of grads) {
    alongSigns.add(Math.sign(dot(g, axes.along)))
    v = [beta * v[0] + g[0], beta * v[1] + g[1]]
    acrossSize = beta * acrossSize + Math.abs(dot(g, axes.across))
  }
  const last = grads[grads.length - 1]
  const lastAlong = last ? dot(last, axes.along) : 0
  return {
    acrossKept: acrossSize > 0 ? Math.abs(dot(v, axes.across)) / acrossSize : 0,
    alongGain: lastAlong !== 0 ? dot(v, axes.along) / lastAlong : 0,
    isAlongSteady: alongSigns.size === 1 && !alongSigns.has(0),
  }
}

/** How many times a path passes `target` along `direction` (sign changes of its offset). */
export function crossings(points: readonly Vec2[], target: Vec2, direction: Vec2): number {
  let count = 0
  let side = 0
  for (const p of points) {
    const s = Math.sign(dot(sub(p, target), direction))
    if (s !== 0 && side !== 0 && s !== side) count++
    if (s !== 0) side = s
  }
  return count
}

/** Steps to converge of plain GD at its best rate and of heavy ball at theory's optimal pair. */
export interface OptimumRace {
  readonly gdSteps: number | null
  readonly momentumSteps: number | null
  /** √κ: the ratio of the two asymptotic rates' logarithms tends to it for large κ. */
  readonly sqrtKappa: number
}

/**
 * Races plain GD at α = 2/(L+μ) against heavy ball at α* = 4/(√L+√μ)², β* = ((√κ−1)/(√κ+1))²
 * (https://distill.pub/2017/momentum/) from `start`; null for a surface that is not quadratic.
 */
export function optimumRace(surface: Surface, start: Vec2, steps: number): OptimumRace | null {
  if (!surface.quadratic) return null
  const t = quadraticTheory(surface.quadratic)
  const stepsOf = (lr: number, momentum: number) => {
    const run = runTrajectory(surface, { start, lr, momentum, steps })
    return convergedAt(run.points, surface.minima, run.divergedAt)
  }
  return {
    gdSteps: stepsOf(t.gdBestLr, 0),
    momentumSteps: stepsOf(t.momentumBestLr, t.momentumBestMomentum),
    sqrtKappa: Math.sqrt(t.conditionNumber),
  }
}
