import { cellAt, CELL_STATUS_CODES, type MapCell, type TuningMap } from './tuningMap'

// Fewest steps wins; a tie goes to the lower final loss (the run that got deeper in the same time).
function bestInRows(map: TuningMap, fromRow: number, toRow: number): MapCell | null {
  const cols = map.lrs.length
  let best = -1
  for (let i = fromRow * cols; i < toRow * cols; i++) {
    if (map.status[i] !== CELL_STATUS_CODES.converged) continue
    const steps = map.convergedAt[i] as number
    const bestSteps = best < 0 ? Infinity : (map.convergedAt[best] as number)
    if (
      steps < bestSteps ||
      (steps === bestSteps && (map.finalLoss[i] as number) < (map.finalLoss[best] as number))
    )
      best = i
  }
  return best < 0 ? null : cellAt(map, Math.floor(best / cols), best % cols)
}

/** The converged cell with the fewest steps to converge, or null when no cell converged. */
export function bestCell(map: TuningMap): MapCell | null {
  return bestInRows(map, 0, map.momenta.length)
}

/** Index of the row whose momentum is nearest to `momentum` (ties: the lower row). */
export function nearestRow(map: TuningMap, momentum: number): number {
  return nearestIndex(map.momenta, momentum, (v) => v)
}

/** Index of the column whose learning rate is nearest to `lr` on the map's log axis. */
export function nearestCol(map: TuningMap, lr: number): number {
  return nearestIndex(map.lrs, lr, Math.log)
}

function nearestIndex(axis: Float64Array, value: number, warp: (v: number) => number): number {
  let best = 0
  let distance = Infinity
  axis.forEach((v, i) => {
    const d = Math.abs(warp(v) - warp(value))
    if (d < distance) [best, distance] = [i, d]
  })
  return best
}

/** The cell nearest to (lr, momentum): the map position of a run's current setting. */
export function nearestCell(map: TuningMap, lr: number, momentum: number): MapCell | null {
  return cellAt(map, nearestRow(map, momentum), nearestCol(map, lr))
}

/**
 * The fastest converged cell in the row nearest `momentum`: "tune the learning rate for this
 * run", so that GD and momentum can each be compared at their best. Null if none in it converged.
 */
export function bestCellForMomentum(map: TuningMap, momentum: number): MapCell | null {
  const row = nearestRow(map, momentum)
  return bestInRows(map, row, row + 1)
}

/** The learning rate of bestCellForMomentum, or null when no cell in that row converged. */
export function bestLrForMomentum(map: TuningMap, momentum: number): number | null {
  return bestCellForMomentum(map, momentum)?.lr ?? null
}
