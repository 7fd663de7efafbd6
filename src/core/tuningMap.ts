import type { Range, Surface } from './surfaces'
import {
  cellRunOptions,
  defaultLrRange,
  lrAxis,
  momentumAxis,
  type TuningRule,
} from './tuningMapAxes'
import { summarizeCell } from './tuningMapCell'
import type { Vec2 } from './vec'

/** How a cell's run ended within the step budget. */
export type CellStatus = 'converged' | 'diverged' | 'not-converged'

/** Codes stored in TuningMap.status; 0 means the cell is not computed yet. */
export const CELL_STATUS_CODES = {
  pending: 0,
  converged: 1,
  'not-converged': 2,
  diverged: 3,
} as const
const STATUS_BY_CODE = ['pending', 'converged', 'not-converged', 'diverged'] as const

/** What to sweep: the run's start, rule and step budget, and the grid size. */
export interface TuningMapOptions {
  readonly start: Vec2
  readonly rule: TuningRule
  readonly steps: number
  /** Columns: learning rates on a log axis. */
  readonly lrCount: number
  /** Rows: momenta from 0 to 0.999, finer near 1. */
  readonly momentumCount: number
  /** Learning-rate span; defaultLrRange(surface, rule) when absent. */
  readonly lrRange?: Range
}

/**
 * Steps to converge over a grid of (momentum row, learning-rate column). Cell (row, col) lives at
 * index row·lrs.length + col of every array. Plain data: structured-clones into and out of workers.
 */
export interface TuningMap {
  readonly surfaceId: string
  readonly start: Vec2
  readonly rule: TuningRule
  readonly steps: number
  /** Ascending learning rates, one per column. */
  readonly lrs: Float64Array
  /** Ascending momenta, one per row; momenta[0] is 0 (plain gradient descent). */
  readonly momenta: Float64Array
  /** CELL_STATUS_CODES per cell. */
  readonly status: Uint8Array
  /** convergedAt per cell, −1 for none. */
  readonly convergedAt: Int32Array
  /** divergedAt per cell, −1 for none. */
  readonly divergedAt: Int32Array
  /** Loss at the last recorded point per cell (NaN while pending). */
  readonly finalLoss: Float64Array
}

/** An empty map (every cell pending) with its axes; fill it with computeTuningMapRows. */
export function createTuningMap(surface: Surface, o: TuningMapOptions): TuningMap {
  const cells = o.lrCount * o.momentumCount
  return {
    surfaceId: surface.id,
    start: o.start,
    rule: o.rule,
    steps: o.steps,
    lrs: lrAxis(o.lrRange ?? defaultLrRange(surface, o.rule), o.lrCount),
    momenta: momentumAxis(o.momentumCount),
    status: new Uint8Array(cells),
    convergedAt: new Int32Array(cells).fill(-1),
    divergedAt: new Int32Array(cells).fill(-1),
    finalLoss: new Float64Array(cells).fill(NaN),
  }
}

/**
 * Computes cells [fromCell, toCell) of `map` in place (flat indices row·lrs.length + col, clamped
 * to the grid), so a worker can stop between slices. `surface` must be the one the map was made for.
 */
export function computeTuningMapCells(
  map: TuningMap,
  surface: Surface,
  fromCell: number,
  toCell: number,
): void {
  const cols = map.lrs.length
  const end = Math.min(toCell, map.status.length)
  for (let i = Math.max(0, fromCell); i < end; i++) {
    const lr = map.lrs[i % cols] as number
    const momentum = map.momenta[Math.floor(i / cols)] as number
    const s = summarizeCell(surface, cellRunOptions(map.rule, map.start, lr, momentum, map.steps))
    map.convergedAt[i] = s.convergedAt ?? -1
    map.divergedAt[i] = s.divergedAt ?? -1
    map.finalLoss[i] = s.finalLoss
    map.status[i] =
      s.divergedAt !== null
        ? CELL_STATUS_CODES.diverged
        : s.convergedAt !== null
          ? CELL_STATUS_CODES.converged
          : CELL_STATUS_CODES['not-converged']
  }
}

/** Computes momentum rows [fromRow, toRow) of `map` in place: computeTuningMapCells by rows. */
export function computeTuningMapRows(
  map: TuningMap,
  surface: Surface,
  fromRow: number,
  toRow: number,
): void {
  const cols = map.lrs.length
  computeTuningMapCells(map, surface, fromRow * cols, toRow * cols)
}

/**
 * The whole map in one call (blocks: ~60×60 cells of 1000 steps take a few hundred ms; use the
 * worker client in the page).
 * @example computeTuningMap(getSurface('ravine')!, { start: [-8, 1], rule: 'heavy-ball', steps: 1000, lrCount: 60, momentumCount: 60 })
 */
export function computeTuningMap(surface: Surface, o: TuningMapOptions): TuningMap {
  const map = createTuningMap(surface, o)
  computeTuningMapRows(map, surface, 0, o.momentumCount)
  return map
}

/** One cell of a map, with its axes' values; status 'pending' until computed. */
export interface MapCell {
  readonly row: number
  readonly col: number
  readonly index: number
  readonly lr: number
  readonly momentum: number
  readonly status: CellStatus | 'pending'
  readonly convergedAt: number | null
  readonly divergedAt: number | null
  readonly finalLoss: number
}

/** The cell at (momentum row, lr column), or null outside the grid. */
export function cellAt(map: TuningMap, row: number, col: number): MapCell | null {
  const cols = map.lrs.length
  if (!Number.isInteger(row) || !Number.isInteger(col)) return null
  if (row < 0 || col < 0 || row >= map.momenta.length || col >= cols) return null
  const index = row * cols + col
  const c = map.convergedAt[index] as number
  const d = map.divergedAt[index] as number
  return {
    row,
    col,
    index,
    lr: map.lrs[col] as number,
    momentum: map.momenta[row] as number,
    status: STATUS_BY_CODE[map.status[index] as number] ?? 'pending',
    convergedAt: c < 0 ? null : c,
    divergedAt: d < 0 ? null : d,
    finalLoss: map.finalLoss[index] as number,
  }
}

/** How many cells are computed (not pending). */
export function computedCells(map: TuningMap): number {
  let n = 0
  for (const s of map.status) if (s !== CELL_STATUS_CODES.pending) n++
  return n
}
