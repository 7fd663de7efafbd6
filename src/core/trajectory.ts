import { stepFor, type StepState } from './optimizers'
import type { Surface } from './surfaces'
import { flatten, pairsOf, type Vec2 } from './vec'

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
  const capacity = Math.max(0, Math.floor(o.steps)) || 0
  const xy = new Float64Array(2 * (capacity + 1))
  const vxy = new Float64Array(2 * capacity)
  let w = o.start
  let buf: Vec2 | null = null
  xy[0] = w[0]
  xy[1] = w[1]
  const losses: number[] = [surface.f(w[0], w[1])]
  for (let k = 1; k <= o.steps; k++) {
    const g = surface.grad(w[0], w[1])
    const next: StepState = step(w, buf, g)
    const loss = surface.f(next.w[0], next.w[1])
    if (!isInBounds(next.w, loss)) return packed(xy, vxy, losses, k)
    const v = next.buf ?? g
    vxy[2 * k - 2] = v[0]
    vxy[2 * k - 1] = v[1]
    w = next.w
    buf = next.buf
    xy[2 * k] = w[0]
    xy[2 * k + 1] = w[1]
    losses.push(loss)
  }
  return packed(xy, vxy, losses, null)
}

/**
 * A trajectory kept as interleaved coordinates, its points and velocities made when first read:
 * a drag step draws a new trajectory from its coordinates alone, and a few large arrays leave the
 * garbage collector far less to copy than a pair per step (docs/performance.md).
 */
function packed(
  xy: Float64Array,
  vxy: Float64Array,
  losses: number[],
  divergedAt: number | null,
): Trajectory {
  const n = losses.length
  let points: Vec2[] | undefined
  let velocities: Vec2[] | undefined
  const trajectory: Trajectory = {
    get points() {
      return (points ??= pairsOf(xy, n))
    },
    losses,
    get velocities() {
      return (velocities ??= pairsOf(vxy, n - 1))
    },
    divergedAt,
  }
  coordinates.set(trajectory, xy.subarray(0, 2 * n))
  return trajectory
}

const coordinates = new WeakMap<Trajectory, Float64Array>()

/** A trajectory's points as interleaved coordinates (x0, y0, x1, y1, …), made once per trajectory. */
export function coordinatesOf(trajectory: Trajectory): Float64Array {
  let xy = coordinates.get(trajectory)
  if (!xy) coordinates.set(trajectory, (xy = flatten(trajectory.points)))
  return xy
}
