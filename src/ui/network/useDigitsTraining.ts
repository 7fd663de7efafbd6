import { useEffect, useState } from 'react'
import {
  NETWORK_SIDES,
  NetworkCancelled,
  type JobHandle,
  type Landscape,
  type NetworkRequest,
  type NetworkResult,
  type TrainedNetworks,
} from '../../state/digits'
import { runSpecs, type DigitsParams } from './digitsParams'

/** What the page shows: the newest finished parts, kept while a newer job trains. */
export interface DigitsTraining {
  readonly trained: TrainedNetworks | null
  readonly landscape: Landscape | null
  /** Training progress of the running job, 0–1, or null when nothing runs. */
  readonly progress: number | null
  readonly error: string | null
  /** The params the shown result was trained with (null before the first). */
  readonly shownFor: DigitsParams | null
}

/** How the hook gets its data and runs its jobs (the page's defaults; tests pass their own). */
export interface DigitsTrainingDeps {
  readonly loadBytes: () => Promise<Uint8Array>
  readonly train: (
    request: NetworkRequest,
    listeners: {
      onProgress?: (done: number, total: number) => void
      onTrained?: (t: TrainedNetworks) => void
      onLandscape?: (l: Landscape) => void
    },
  ) => JobHandle<NetworkResult>
  readonly sides?: { readonly coarse: number; readonly refined: number }
  readonly debounceMs?: number
}

const EMPTY: DigitsTraining = {
  trained: null,
  landscape: null,
  progress: 0,
  error: null,
  shownFor: null,
}

/**
 * Trains the digits runs for `params` in the worker, debounced: a change cancels the running job
 * and starts a new one after a pause, while the previous result stays on screen until the new
 * runs are trained (their plane is a new one, so the old landscape goes then too).
 */
export function useDigitsTraining(params: DigitsParams, deps: DigitsTrainingDeps): DigitsTraining {
  const [state, setState] = useState<DigitsTraining>(EMPTY)
  const { loadBytes, train, sides = NETWORK_SIDES, debounceMs = 250 } = deps
  useEffect(() => {
    let job: JobHandle<NetworkResult> | null = null
    let isOver = false
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, progress: 0, error: null }))
      loadBytes()
        .then((bytes) => {
          if (isOver) return
          const request: NetworkRequest = {
            bytes,
            runs: runSpecs(params),
            batchSize: params.batch,
            epochs: params.epochs,
            seed: params.seed,
            coarse: sides.coarse,
            refined: sides.refined,
          }
          job = train(request, {
            onProgress: (done, total) =>
              setState((s) => ({ ...s, progress: total > 0 ? done / total : 1 })),
            onTrained: (trained) =>
              setState((s) => ({ ...s, trained, shownFor: params, landscape: null })),
            onLandscape: (landscape) => setState((s) => ({ ...s, landscape })),
          })
          return job.promise.then((r) =>
            setState({
              trained: r.trained,
              landscape: r.refined,
              progress: null,
              error: null,
              shownFor: params,
            }),
          )
        })
        .catch((e: unknown) => {
          if (isOver || e instanceof NetworkCancelled) return
          setState((s) => ({
            ...s,
            progress: null,
            error: e instanceof Error ? e.message : String(e),
          }))
        })
    }, debounceMs)
    return () => {
      isOver = true
      clearTimeout(timer)
      job?.cancel()
    }
  }, [params, loadBytes, train, sides, debounceMs])
  return state
}
