// Geometry of the tuning map in SVG user units: the plot area, cell centres and the inverse
// (a pointer position to a cell). Pure; the canvas and the SVG overlay both draw from it.
import type { TuningMap } from '../../core/tuningMap'

/** The overlay's viewBox and the margins around the cells (axes and their labels). */
export const MAP_VIEW = { width: 600, height: 380, left: 100, right: 14, top: 12, bottom: 74 }
/** The axes' text size in CSS pixels, whatever the width the view is drawn at (see MapOverlay). */
export const MAP_TEXT_PX = 11.5
/** A view coordinate as the overlay writes it: one decimal. */
export const oneDecimal = (v: number) => v.toFixed(1)
export const PLOT = {
  x: MAP_VIEW.left,
  y: MAP_VIEW.top,
  width: MAP_VIEW.width - MAP_VIEW.left - MAP_VIEW.right,
  height: MAP_VIEW.height - MAP_VIEW.top - MAP_VIEW.bottom,
}

/** A cell position: momentum row (0 = β = 0, drawn at the bottom) and learning-rate column. */
export interface CellPos {
  readonly row: number
  readonly col: number
}

/** Cell centres of a map with `rows` × `cols` cells; fractional indices land between centres. */
export function mapFrame(rows: number, cols: number) {
  const cellW = PLOT.width / cols
  const cellH = PLOT.height / rows
  return {
    rows,
    cols,
    cellW,
    cellH,
    /** x of (fractional) column `col`'s centre. */
    x: (col: number) => PLOT.x + (col + 0.5) * cellW,
    /** y of (fractional) row `row`'s centre: row 0 at the bottom, so momentum grows upwards. */
    y: (row: number) => PLOT.y + (rows - 1 - row + 0.5) * cellH,
    /** The cell under a point in user units, or null outside the cells. */
    cellAtPoint(px: number, py: number): CellPos | null {
      const col = Math.floor((px - PLOT.x) / cellW)
      const row = rows - 1 - Math.floor((py - PLOT.y) / cellH)
      return col >= 0 && col < cols && row >= 0 && row < rows ? { row, col } : null
    },
  }
}
export type MapFrame = ReturnType<typeof mapFrame>

/**
 * The fractional index of `value` on an ascending axis, linear in warp(value) between neighbours
 * and extrapolated beyond the ends (so a curve leaving the map keeps its slope until clipped).
 */
export function fractionalIndex(
  axis: ArrayLike<number>,
  value: number,
  warp: (v: number) => number,
): number {
  const n = axis.length
  if (n < 2) return 0
  const w = warp(value)
  let i = 0
  while (i < n - 2 && warp(axis[i + 1] as number) < w) i++
  const [a, b] = [warp(axis[i] as number), warp(axis[i + 1] as number)]
  return b === a ? i : i + (w - a) / (b - a)
}

/** β's warp on the map's axis: −log10(1 − β), in which the rows are evenly spaced. */
export const momentumWarp = (m: number) => -Math.log10(Math.max(1e-12, 1 - m))

/** Fractional column of a learning rate (the columns are log-spaced). */
export const lrIndex = (map: TuningMap, lr: number) => fractionalIndex(map.lrs, lr, Math.log)
/** Fractional row of a momentum. */
export const momentumIndex = (map: TuningMap, momentum: number) =>
  fractionalIndex(map.momenta, momentum, momentumWarp)

/** Momenta worth a tick: the decades 0.9, 0.99, 0.999 the axis is built around, and 0.5. */
export const MOMENTUM_TICKS = [0, 0.5, 0.9, 0.99, 0.999] as const

/** A cursor moved by a key, clamped to the grid; null for keys the map does not use. */
export function moveCursor(pos: CellPos, key: string, rows: number, cols: number): CellPos | null {
  const page = Math.max(1, Math.round(rows / 6))
  const next: Record<string, CellPos> = {
    ArrowLeft: { row: pos.row, col: pos.col - 1 },
    ArrowRight: { row: pos.row, col: pos.col + 1 },
    ArrowUp: { row: pos.row + 1, col: pos.col },
    ArrowDown: { row: pos.row - 1, col: pos.col },
    PageUp: { row: pos.row + page, col: pos.col },
    PageDown: { row: pos.row - page, col: pos.col },
    Home: { row: pos.row, col: 0 },
    End: { row: pos.row, col: cols - 1 },
  }
  const p = next[key]
  if (!p) return null
  return {
    row: Math.min(rows - 1, Math.max(0, p.row)),
    col: Math.min(cols - 1, Math.max(0, p.col)),
  }
}
