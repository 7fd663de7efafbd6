// Which epoch a pointer over the weight-space plane points at: the epoch snapshot of any run
// nearest to it on screen, so hovering the paths moves the charts' cursor as hovering the charts
// moves the paths' marks.
import type { Vec2 } from '../../core'
import type { TrainedNetworks } from '../../state/digits'

/** Screen distance (SVG units) beyond which a pointer is near no snapshot. */
export const PICK_RADIUS = 24

/**
 * The epoch of the snapshot nearest to `(px, py)` (SVG units) over every run, or null when none
 * is within `radius`. `paths` are the runs' snapshots in plane coordinates, `toPx` the scales.
 */
export function nearestEpoch(
  trained: TrainedNetworks,
  paths: readonly (readonly Vec2[])[],
  toPx: (p: Vec2) => Vec2,
  px: number,
  py: number,
  radius = PICK_RADIUS,
): number | null {
  let best: number | null = null
  let bestD2 = radius * radius
  trained.runs.forEach((r, i) => {
    r.snapshotSteps.forEach((step, k) => {
      const point = paths[i]?.[k]
      if (!point || step % r.stepsPerEpoch !== 0) return
      const [x, y] = toPx(point)
      const d2 = (x - px) ** 2 + (y - py) ** 2
      if (d2 <= bestD2) [best, bestD2] = [step / r.stepsPerEpoch, d2]
    })
  })
  return best
}
