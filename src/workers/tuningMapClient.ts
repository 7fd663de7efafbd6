// The page's way to get a tuning map: from the cache, else from a worker, else (no Worker, as in
// jsdom and Node) in short slices on the main thread. Never blocks for more than a slice.
import { getSurface } from '../core/surfaces'
import type { TuningMap } from '../core/tuningMap'
import {
  requestKey,
  requestProblem,
  type FromWorker,
  type ToWorker,
  type TuningMapProgress,
  type TuningMapRequest,
} from './tuningMapProtocol'
import { cancelledError, clientWorkers, createJobClient } from './jobClient'
import type { ClientOptions, JobClient } from './jobClient'
import type { JobHandle, JobPort } from './jobs'
import workerUrl from './tuningMap.worker.ts?worker&url'
import { computeInSlices } from './tuningMapSlices'

/** The part of a Worker the client uses (a fake in tests). */
export type WorkerPort = JobPort<ToWorker, FromWorker>

/** A pending map; its cancel rejects it with TuningMapCancelled. */
export type TuningMapHandle = JobHandle<TuningMap>

/** The rejection of a cancelled request (the UI ignores it). */
export const TuningMapCancelled = cancelledError(
  'TuningMapCancelled',
  'tuning map request cancelled',
)

/** Options of a client: where workers come from, slice length on the main thread, cache size. */
export type TuningMapClientOptions = ClientOptions<WorkerPort>

/** A client: requestTuningMap plus its cache; `jobs` is the same as a job client. */
export interface TuningMapClient {
  readonly requestTuningMap: (
    request: TuningMapRequest,
    onProgress?: (progress: TuningMapProgress) => void,
  ) => TuningMapHandle
  readonly clearCache: () => void
  readonly jobs: JobClient<TuningMapRequest, TuningMap, TuningMapProgress>
}

/** A client with its own cache and workers (tests make fresh ones; the page uses the default). */
export function createTuningMapClient(options: TuningMapClientOptions = {}): TuningMapClient {
  const sliceMs = options.mainThreadSliceMs ?? 8 // well under a 16 ms frame
  const jobs = createJobClient<TuningMapRequest, TuningMap, FromWorker, TuningMapProgress>({
    createWorker: clientWorkers(options, workerUrl),
    key: requestKey,
    problem: requestProblem,
    cacheSize: options.cacheSize ?? 24, // a 60×60 map is about 60 kB
    job: (request, onProgress) => ({
      onData: (data) => {
        if (data.type === 'progress') return void onProgress(data)
        return data.type === 'result' ? data.map : new Error(data.message)
      },
      onMainThread: (settle) => {
        const surface = getSurface(request.surfaceId)
        if (!surface) return new Error(`unknown surface "${request.surfaceId}"`)
        return computeInSlices(surface, request, { sliceMs, onProgress, onDone: settle })
      },
    }),
    cancelled: () => new TuningMapCancelled(),
  })
  return { requestTuningMap: jobs.request, clearCache: jobs.clearCache, jobs }
}

const defaultClient = createTuningMapClient()

/**
 * The page's tuning map for `request`, computed off the main thread; onProgress reports cells
 * done. A cached map resolves at once, with the same object every time.
 * @example const { promise, cancel } = requestTuningMap({ surfaceId: 'ravine', start: [-8, 1], rule: 'heavy-ball', steps: 1000, lrCount: 60, momentumCount: 60 }, (p) => setProgress(p.done / p.total))
 */
export const requestTuningMap = defaultClient.requestTuningMap

/** The page's tuning-map jobs, for state/useTuningMap. */
export const tuningMapJobs = defaultClient.jobs
