import type { Surface } from '../core/surfaces'
import { computeTuningMapCells, createTuningMap, type TuningMap } from '../core/tuningMap'
import { runInSlices } from './slices'
import type { TuningMapProgress, TuningMapRequest } from './tuningMapProtocol'

/** Callbacks and pacing of a sliced computation. */
export interface SliceOptions {
  /** Work at most about this long before yielding (a cell is never split). */
  readonly sliceMs: number
  readonly onProgress: (progress: TuningMapProgress) => void
  readonly onDone: (map: TuningMap) => void
}

/**
 * Computes the map a few cells at a time (see runInSlices). Returns a cancel function; after it is
 * called no callback fires.
 */
export function computeInSlices(
  surface: Surface,
  request: TuningMapRequest,
  o: SliceOptions,
): () => void {
  const map = createTuningMap(surface, {
    start: request.start,
    rule: request.rule,
    steps: request.steps,
    lrCount: request.lrCount,
    momentumCount: request.momentumCount,
  })
  const total = map.status.length
  // One cell at a time: a row of slow runs would overrun a frame on the main thread.
  const cell = (i: number) => computeTuningMapCells(map, surface, i, i + 1)
  return runInSlices(total, o.sliceMs, cell, (done) => {
    o.onProgress({ done, total })
    if (done === total) o.onDone(map)
  })
}
