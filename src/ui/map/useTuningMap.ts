import { useEffect, useRef, useState } from 'react'
import type { TuningMap } from '../../core/tuningMap'
import { requestTuningMap, TuningMapCancelled } from '../../workers/tuningMapClient'
import { requestKey, type TuningMapRequest } from '../../workers/tuningMapProtocol'
import { createProgressStore, type ProgressStore } from './progressStore'

/** Where the map of the current request stands. */
export type MapPhase = 'computing' | 'ready' | 'cancelled' | 'error'

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

// Maps this page has finished, by request key. The client caches them too, but hands them out
// through a promise, which settles after the first paint; reading them here shows a revisited
// surface or rule in the same frame. Pure data keyed by every input, so figures may share it.
const finished = new Map<string, TuningMap>()
const FINISHED_LIMIT = 8

function remember(key: string, map: TuningMap) {
  finished.delete(key)
  finished.set(key, map)
  const oldest = finished.keys().next().value
  if (finished.size > FINISHED_LIMIT && oldest !== undefined) finished.delete(oldest)
}

interface Outcome {
  readonly key: string
  readonly attempt: number
  readonly phase: MapPhase
  readonly map: TuningMap | null
  readonly error: string | null
}

/**
 * The tuning map for `request` (null: none). A new request cancels the previous one, and so does
 * unmounting; the TuningMapCancelled rejection that follows is expected and ignored.
 */
export function useTuningMap(request: TuningMapRequest | null): TuningMapState {
  const key = request ? requestKey(request) : ''
  const [attempt, setAttempt] = useState(0)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [progress] = useState(createProgressStore)
  const cancelRef = useRef<() => void>(() => {})

  useEffect(() => {
    if (!request || finished.has(key)) return
    let isLive = true
    const settle = (phase: MapPhase, map: TuningMap | null, error: string | null) => {
      if (isLive) setOutcome({ key, attempt, phase, map, error })
    }
    progress.set(key, 0)
    const handle = requestTuningMap(request, (p) => {
      if (isLive) progress.set(key, p.done)
    })
    cancelRef.current = () => {
      handle.cancel()
      settle('cancelled', null, null)
    }
    handle.promise.then(
      (map) => {
        remember(key, map)
        progress.set(key, map.status.length)
        settle('ready', map, null)
      },
      (e: unknown) => {
        if (!(e instanceof TuningMapCancelled))
          settle('error', null, e instanceof Error ? e.message : String(e))
      },
    )
    return () => {
      isLive = false
      cancelRef.current = () => {}
      handle.cancel()
    }
  }, [request, key, attempt, progress])

  const current = outcome?.key === key && outcome.attempt === attempt ? outcome : null
  const map = finished.get(key) ?? current?.map ?? null
  return {
    key,
    phase: map ? 'ready' : (current?.phase ?? 'computing'),
    map,
    total: request ? request.lrCount * request.momentumCount : 0,
    error: current?.error ?? null,
    progress,
    cancel: () => cancelRef.current(),
    retry: () => setAttempt((a) => a + 1),
  }
}
