import type { MapCell } from '../../core/tuningMap'
import { formatNumber, plural } from '../format'

/** β as the map shows it: up to four decimals, enough to tell the rows near 1 apart. */
export const formatBeta = (m: number) => String(Number(m.toFixed(4)))

/** What a cell's run did, in words: "converged in 48 steps", "diverged at step 12", … */
export function cellOutcome(cell: MapCell, budget: number): string {
  switch (cell.status) {
    case 'converged':
      return `converged in ${plural(cell.convergedAt ?? 0, 'step')}`
    case 'diverged':
      return `diverged at step ${cell.divergedAt}`
    case 'not-converged':
      return `not converged in ${plural(budget, 'step')}`
    default:
      return 'not computed yet'
  }
}

/** A cell for reading: "α = 0.0249, β = 0.7241: converged in 48 steps". */
export const describeCell = (cell: MapCell, budget: number) =>
  `α = ${formatNumber(cell.lr)}, β = ${formatBeta(cell.momentum)}: ${cellOutcome(cell, budget)}`

/** A value to put into the store: short enough for links (the URL keeps 4 decimals of β). */
export const roundLr = (lr: number) => Number(lr.toPrecision(4))
export const roundMomentum = (m: number) => Number(m.toFixed(4)) + 0
