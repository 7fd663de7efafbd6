import { useCallback, useState } from 'react'
import type { TuningMap } from '../core/tuningMap'
import { tuningMapJobs } from '../workers/tuningMapClient'
import type { TuningMapProgress, TuningMapRequest } from '../workers/tuningMapProtocol'
import { createProgressStore, type ProgressStore } from './progressStore'
import { useJob, type JobPhase, type JobSource } from './useJob'

export type { TuningMapRequest }

/** Where the map of the current request stands. */
export type MapPhase = JobPhase

/** The map of the current request once ready; progress until then lives in `progress`. */
export interface TuningMapState {
  readonly key: string
  readonly phase: MapPhase
  readonly map: TuningMap | null
  readonly total: number
  readonly error: string | null
  /** Cells done, for the progress bar alone to subscribe to. */
  readonly progress: ProgressStore
  /** Stops the computation (the panel then offers "Compute again"). */
  readonly cancel: () => void
  readonly retry: () => void
}

// The map's client comes with the panel that asks for it (a lazily loaded chunk).
const source: JobSource<TuningMapRequest, TuningMap, TuningMapProgress> = {
  get: () => tuningMapJobs,
  load: async () => tuningMapJobs,
}

/**
 * The tuning map for `request` (null: none), computed in the worker; a revisited request shows
 * from the cache in the same frame. A new request cancels the previous one, and so does unmounting.
 */
export function useTuningMap(request: TuningMapRequest | null): TuningMapState {
  const key = request ? tuningMapJobs.key(request) : ''
  const [progress] = useState(createProgressStore)
  // The bar reaches 100 % with the map itself (phase 'ready'), never before the map is drawn.
  const onProgress = useCallback(
    (p: TuningMapProgress) => p.done < p.total && progress.set(key, p.done),
    [progress, key],
  )
  const job = useJob(source, request, onProgress)
  return {
    key,
    phase: job.phase,
    map: job.result,
    total: request ? request.lrCount * request.momentumCount : 0,
    error: job.error,
    progress,
    cancel: job.cancel,
    retry: () => {
      progress.set(key, 0)
      job.retry()
    },
  }
}
