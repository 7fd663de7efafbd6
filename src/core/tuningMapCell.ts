import { CONVERGENCE_TOLERANCE } from './metrics'
import { stepFor, type StepState } from './optimizers'
import type { Minimum, Surface } from './surfaces'
import { DIVERGENCE_BOUND, type RunOptions } from './trajectory'
import type { Vec2 } from './vec'

/** What a tuning map keeps of one run: its metrics, not its points. */
export interface CellSummary {
  /** As convergedAt(points, minima, divergedAt) would say for the full run. */
  readonly convergedAt: number | null
  /** As runTrajectory's divergedAt. */
  readonly divergedAt: number | null
  /** The loss of the last recorded point (finite; the start's loss if step 1 diverged). */
  readonly finalLoss: number
}

// Same test, same arithmetic as nearestMinimum(p, minima).distance <= tol: the nearest minimum
// is within tol exactly when some minimum is. Math.hypot is slow and never below max(|dx|, |dy|),
// so a coordinate farther than tol rules a minimum out without calling it.
function isNearMinimum(x: number, y: number, minima: readonly Minimum[], tol: number): boolean {
  for (const m of minima) {
    const dx = x - m.x
    const dy = y - m.y
    if (Math.abs(dx) <= tol && Math.abs(dy) <= tol && Math.hypot(dx, dy) <= tol) return true
  }
  return false
}

// Bit-for-bit equality (Object.is keeps −0 apart from 0, in case a gradient divides by it).
const isSame = (a: Vec2 | null, b: Vec2 | null): boolean =>
  a === null || b === null ? a === b : Object.is(a[0], b[0]) && Object.is(a[1], b[1])

/**
 * The metrics of runTrajectory(surface, o) + convergedAt, computed without storing the points:
 * identical results, step for step, at a fraction of the memory. Never throws.
 * @example summarizeCell(getSurface('ravine')!, { start: [-8, 1], lr: 0.033, momentum: 0.67, steps: 1000 })
 */
export function summarizeCell(
  surface: Surface,
  o: RunOptions,
  tol = CONVERGENCE_TOLERANCE,
): CellSummary {
  // Mirrors runTrajectory line by line so float64 rounding, and hence every metric, is the same.
  const step = stepFor(o)
  const { minima } = surface
  let w: Vec2 = o.start
  let buf: Vec2 | null = null
  let loss = surface.f(w[0], w[1])
  // convergedAt needs every point from k to the end within tol: remember the last one outside.
  let lastOutside = isNearMinimum(w[0], w[1], minima, tol) ? -1 : 0
  for (let k = 1; k <= o.steps; k++) {
    const g = surface.grad(w[0], w[1])
    const next: StepState = step(w, buf, g)
    const nextLoss = surface.f(next.w[0], next.w[1])
    const [x, y] = next.w
    // runTrajectory's bound test; NaN fails every comparison, so it counts as out of bounds.
    if (!(
      Number.isFinite(nextLoss) &&
      Math.abs(x) <= DIVERGENCE_BOUND &&
      Math.abs(y) <= DIVERGENCE_BOUND
    ))
      return { convergedAt: null, divergedAt: k, finalLoss: loss }
    // A step that changes nothing (position and buffer) repeats forever: the run is pure, so
    // every later point is this one. Stalled runs near a minimum end here long before `steps`.
    const isFixed = isSame(next.w, w) && isSame(next.buf, buf)
    w = next.w
    buf = next.buf
    loss = nextLoss
    if (!isNearMinimum(x, y, minima, tol)) lastOutside = isFixed ? o.steps : k
    if (isFixed) break
  }
  // points.length is steps + 1; convergedAt is null when the last point is outside.
  const k = lastOutside + 1
  return { convergedAt: k === o.steps + 1 ? null : k, divergedAt: null, finalLoss: loss }
}
