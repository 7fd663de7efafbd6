// The page's way to get a sampled contour grid: from the cache, else from a worker, else (no
// Worker, as in jsdom and Node) a few rows at a time on the main thread. Never blocks for long.
import { getSurface, type Surface } from '../core/surfaces'
import { gridKey, gridProblem, type FromGridWorker, type GridRequest } from './gridProtocol'
import type { ToGridWorker } from './gridProtocol'
import { sampleInSlices } from './gridSample'
import workerUrl from './grid.worker.ts?worker&url'
import { cancelledError, clientWorkers, createJobClient } from './jobClient'
import type { ClientOptions, JobClient } from './jobClient'
import type { JobHandle, JobPort } from './jobs'

/** The part of a Worker the client uses (a fake in tests). */
export type GridWorkerPort = JobPort<ToGridWorker, FromGridWorker>

/** A pending grid; its cancel rejects it with GridCancelled. */
export type GridHandle = JobHandle<Float64Array>

/** The rejection of a cancelled request (the UI ignores it). */
export const GridCancelled = cancelledError('GridCancelled', 'grid request cancelled')

/** Where workers and main-thread surfaces come from, slice length, cache size. */
export interface GridClientOptions extends ClientOptions<GridWorkerPort> {
  /** Finds a surface for the main-thread fallback (default: built-ins, then the models chunk). */
  readonly resolveSurface?: (id: string) => Promise<Surface | undefined>
}

/** A client: requestGrid, a synchronous look into its cache, and clearCache. */
export interface GridClient {
  readonly requestGrid: (request: GridRequest) => GridHandle
  /** The grid if it has been computed already (same array every time), else undefined. */
  readonly cachedGrid: (request: GridRequest) => Float64Array | undefined
  readonly clearCache: () => void
  /** The same client as every job client, for state/'s hooks. */
  readonly jobs: JobClient<GridRequest, Float64Array>
}

// The models chunk is imported only when a model grid must be sampled here: it stays lazy.
async function loadSurface(id: string): Promise<Surface | undefined> {
  return getSurface(id) ?? (await import('../core/models')).modelSurface(id)
}

/** A client with its own cache and workers (tests make fresh ones; the page uses the default). */
export function createGridClient(options: GridClientOptions = {}): GridClient {
  const resolveSurface = options.resolveSurface ?? loadSurface
  const sliceMs = options.mainThreadSliceMs ?? 8 // well under a 16 ms frame
  const jobs = createJobClient<GridRequest, Float64Array, FromGridWorker>({
    createWorker: clientWorkers(options, workerUrl),
    key: gridKey,
    problem: gridProblem,
    cacheSize: options.cacheSize ?? 16, // a 160×100 grid is 128 kB
    job: (request) => ({
      onData: (data) => (data.type === 'result' ? data.values : new Error(data.message)),
      onMainThread: async (settle) => {
        const surface = await resolveSurface(request.surfaceId)
        if (!surface) return new Error(`unknown surface "${request.surfaceId}"`)
        return sampleInSlices(surface, request, { sliceMs, onDone: settle })
      },
    }),
    cancelled: () => new GridCancelled(),
  })
  return {
    requestGrid: (request) => jobs.request(request),
    cachedGrid: jobs.cached,
    clearCache: jobs.clearCache,
    jobs,
  }
}

const defaultClient = createGridClient()

/**
 * The page's sampled grid of a surface (nx × ny cell centres, row 0 on top, as sampleGrid), computed
 * in a worker; cached per surface id, view and size, so a cached grid resolves with the same array.
 * @example const { promise, cancel } = requestGrid({ surfaceId: 'logreg', domain, nx: 160, ny: 100 })
 */
export const requestGrid = defaultClient.requestGrid

/** The page's cached grid for a request, or undefined when it has not been computed yet. */
export const cachedGrid = defaultClient.cachedGrid

/** The page's grid jobs, for state/gridJobs. */
export const gridJobs = defaultClient.jobs
