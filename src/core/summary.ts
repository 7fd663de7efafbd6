import {
  convergedAt,
  convergedTo,
  finalLoss,
  oscillation,
  pathLength,
  type Oscillation,
} from './metrics'
import type { Surface } from './surfaces'
import type { Trajectory } from './trajectory'
import { valleyAxes } from './valley'

/** The numbers the page states about one run. */
export interface RunSummary {
  readonly convergedAt: number | null
  /** Index into surface.minima of where it ended, or null. */
  readonly convergedTo: number | null
  readonly divergedAt: number | null
  readonly finalLoss: number
  readonly pathLength: number
  /** Back-and-forth motion across and along the valley (x and y for non-quadratic surfaces). */
  readonly across: Oscillation
  readonly along: Oscillation
}

/** Steps to converge, final loss, path length and oscillation of a finished run. */
export function summarizeRun(surface: Surface, t: Trajectory): RunSummary {
  const axes = valleyAxes(surface)
  return {
    convergedAt: convergedAt(t.points, surface.minima, t.divergedAt),
    convergedTo: convergedTo(t.points, surface.minima, t.divergedAt),
    divergedAt: t.divergedAt,
    finalLoss: finalLoss(t.losses),
    pathLength: pathLength(t.points),
    across: oscillation(t.points, axes.across),
    along: oscillation(t.points, axes.along),
  }
}
