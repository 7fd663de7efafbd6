import type { Surface } from '../core/surfaces'
import type { GridRequest } from './gridProtocol'
import { runInSlices } from './slices'

/**
 * Fills rows j0…j1−1 of `values` with f at the cell centres, exactly as render/contours' sampleGrid
 * lays them out (nx × ny, row 0 at the top), so a grid sampled in pieces equals one sampled at once.
 */
export function sampleRows(
  surface: Pick<Surface, 'f'>,
  r: Pick<GridRequest, 'domain' | 'nx' | 'ny'>,
  values: Float64Array,
  j0: number,
  j1: number,
): void {
  const { x, y } = r.domain
  for (let j = j0; j < j1; j++) {
    const yv = y[1] - ((j + 0.5) / r.ny) * (y[1] - y[0])
    for (let i = 0; i < r.nx; i++) {
      const xv = x[0] + ((i + 0.5) / r.nx) * (x[1] - x[0])
      values[j * r.nx + i] = surface.f(xv, yv)
    }
  }
}

/** Pacing and the callback of a sliced computation. */
export interface GridSliceOptions {
  /** Work at most about this long before yielding (a row is never split). */
  readonly sliceMs: number
  readonly onDone: (values: Float64Array) => void
}

/**
 * Samples the grid a few rows at a time (see runInSlices). Returns a cancel function; after it is
 * called onDone never fires.
 */
export function sampleInSlices(surface: Surface, r: GridRequest, o: GridSliceOptions): () => void {
  const values = new Float64Array(r.nx * r.ny)
  const row = (j: number) => sampleRows(surface, r, values, j, j + 1)
  return runInSlices(r.ny, o.sliceMs, row, (done) => {
    if (done === r.ny) o.onDone(values)
  })
}
