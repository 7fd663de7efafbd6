import type { Minimum } from './surfaces'
import { dot, norm, sub, type Vec2 } from './vec'

/** Distance within which a point counts as at a minimum (the reference's tolerance). */
export const CONVERGENCE_TOLERANCE = 1e-3

/** Index of the minimum nearest to p, and its Euclidean distance; index −1 when there are none. */
export function nearestMinimum(
  p: Vec2,
  minima: readonly Minimum[],
): { index: number; distance: number } {
  let index = -1
  let distance = Infinity
  minima.forEach((m, i) => {
    const d = Math.hypot(p[0] - m.x, p[1] - m.y)
    if (d < distance) [index, distance] = [i, d]
  })
  return { index, distance }
}

/**
 * Steps to converge: the first step k such that every point from k to the last lies within `tol`
 * of the nearest minimum; null when the last point is not within it or the run diverged.
 */
export function convergedAt(
  points: readonly Vec2[],
  minima: readonly Minimum[],
  divergedAt: number | null,
  tol = CONVERGENCE_TOLERANCE,
): number | null {
  if (divergedAt !== null) return null
  let k = points.length
  while (k > 0 && nearestMinimum(points[k - 1] as Vec2, minima).distance <= tol) k--
  return k === points.length ? null : k
}

/** Index into `minima` of the minimum the run converged to, or null. */
export function convergedTo(
  points: readonly Vec2[],
  minima: readonly Minimum[],
  divergedAt: number | null,
): number | null {
  const last = points[points.length - 1]
  if (convergedAt(points, minima, divergedAt) === null || last === undefined) return null
  return nearestMinimum(last, minima).index
}

/** Total distance travelled along the path, in surface units. */
export function pathLength(points: readonly Vec2[]): number {
  let total = 0
  for (let k = 1; k < points.length; k++)
    total += norm(sub(points[k] as Vec2, points[k - 1] as Vec2))
  return total
}

/** How much of a run's motion along one direction is back-and-forth. */
export interface Oscillation {
  /** Σ|Δ| along the direction: total distance travelled along it. */
  readonly travel: number
  /** Changes of direction among the first `window` steps. */
  readonly flips: number
  /** |net displacement| / travel: 1 for straight motion, near 0 for pure zig-zag. */
  readonly efficiency: number
}

/**
 * Oscillation along a unit direction (e.g. across a valley). Flips count sign changes of
 * consecutive non-zero steps among the first `window` steps (the reference sweep uses 50).
 */
export function oscillation(points: readonly Vec2[], direction: Vec2, window = 50): Oscillation {
  let travel = 0
  let flips = 0
  let lastSign = 0
  for (let k = 1; k < points.length; k++) {
    const delta = dot(sub(points[k] as Vec2, points[k - 1] as Vec2), direction)
    travel += Math.abs(delta)
    const sign = Math.sign(delta)
    if (k <= window && sign !== 0) {
      if (lastSign !== 0 && sign !== lastSign) flips++
      lastSign = sign
    }
  }
  const first = points[0]
  const last = points[points.length - 1]
  const net = first && last ? Math.abs(dot(sub(last, first), direction)) : 0
  return { travel, flips, efficiency: travel === 0 ? 1 : net / travel }
}

/**
 * How far the run passes `target` along `direction`, coming from the start's side (0 if never).
 * On the ravine, momentum 0.99 passes the minimum by about 7 along the valley.
 */
export function overshoot(points: readonly Vec2[], target: Vec2, direction: Vec2): number {
  const first = points[0]
  if (!first) return 0
  const side = Math.sign(dot(sub(first, target), direction))
  if (side === 0) return 0
  let most = 0
  for (const p of points) most = Math.max(most, -side * dot(sub(p, target), direction))
  return most
}

/** The loss after the last recorded step. */
export const finalLoss = (losses: readonly number[]): number => losses[losses.length - 1] ?? NaN
