import { stepFor, type StepState } from './optimizers'
import type { Surface } from './surfaces'
import type { Vec2 } from './vec'

/** Which update rule a run uses: torch's SGD (optionally Nesterov) or the moving average. */
export type Rule = 'heavy-ball' | 'ema'

/** A run's options, named as in the reference README. */
export interface RunOptions {
  readonly start: Vec2
  readonly lr: number
  readonly momentum: number
  readonly dampening?: number
  readonly nesterov?: boolean
  readonly rule?: Rule
  readonly steps: number
}

/** What a run produced: only finite values, ever. */
export interface Trajectory {
  /** points[0] is the start, points[k] the position after step k. */
  readonly points: Vec2[]
  /** losses[k] = f(points[k]). */
  readonly losses: number[]
  /** velocities[k] = the momentum buffer used for step k+1 (zero for plain GD's absent buffer). */
  readonly velocities: Vec2[]
  /** The step whose point or loss was non-finite or beyond the bound, or null. */
  readonly divergedAt: number | null
}

/** |x| or |y| beyond this counts as diverged (the reference's bound). */
export const DIVERGENCE_BOUND = 1e6

const isInBounds = (w: Vec2, loss: number) =>
  Number.isFinite(loss) && Math.abs(w[0]) <= DIVERGENCE_BOUND && Math.abs(w[1]) <= DIVERGENCE_BOUND
// (NaN fails both comparisons above, so a NaN coordinate counts as out of bounds too.)

/**
 * Runs an optimizer from `start` for `steps` steps. Stops at the first step whose point or loss is
 * not finite or leaves |x|, |y| ≤ 1e6, reporting it as `divergedAt`; that point is not recorded.
 * @example runTrajectory(getSurface('ravine')!, { start: [-8, 1], lr: 0.018, momentum: 0.9, steps: 300 })
 */
export function runTrajectory(surface: Surface, o: RunOptions): Trajectory {
  const step = stepFor(o)
  let w = o.start
  let buf: Vec2 | null = null
  const points: Vec2[] = [w]
  const losses: number[] = [surface.f(w[0], w[1])]
  const velocities: Vec2[] = []
  for (let k = 1; k <= o.steps; k++) {
    const g = surface.grad(w[0], w[1])
    const next: StepState = step(w, buf, g)
    const loss = surface.f(next.w[0], next.w[1])
    if (!isInBounds(next.w, loss)) return { points, losses, velocities, divergedAt: k }
    velocities.push(next.buf ?? g)
    w = next.w
    buf = next.buf
    points.push(w)
    losses.push(loss)
  }
  return { points, losses, velocities, divergedAt: null }
}
