import type { Surface } from '../core/surfaces'
import { computeTuningMapCells, createTuningMap, type TuningMap } from '../core/tuningMap'
import type { TuningMapProgress, TuningMapRequest } from './tuningMapProtocol'

/** Callbacks and pacing of a sliced computation. */
export interface SliceOptions {
  /** Work at most about this long before yielding (a cell is never split). */
  readonly sliceMs: number
  readonly onProgress: (progress: TuningMapProgress) => void
  readonly onDone: (map: TuningMap) => void
}

/**
 * Computes the map a few cells at a time, yielding with setTimeout between slices so messages
 * (in a worker) or input and frames (on the main thread) get through. Returns a cancel function;
 * after it is called no callback fires.
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
  let done = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const slice = () => {
    const t0 = performance.now()
    // One cell at a time: a row of slow runs would overrun a frame on the main thread. At least
    // one per slice, so that a slice shorter than a cell still makes progress.
    while (done < total) {
      computeTuningMapCells(map, surface, done, done + 1)
      done++
      if (performance.now() - t0 >= o.sliceMs) break
    }
    o.onProgress({ done, total })
    if (done < total) timer = setTimeout(slice, 0)
    else o.onDone(map)
  }
  timer = setTimeout(slice, 0)
  return () => clearTimeout(timer)
}
