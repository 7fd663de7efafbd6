// The page's way to get a sampled contour grid: from the cache, else from a worker, else (no
// Worker, as in jsdom and Node) a few rows at a time on the main thread. Never blocks for long.
import { getSurface, type Surface } from '../core/surfaces'
import { gridKey, gridProblem, type FromGridWorker, type GridRequest } from './gridProtocol'
import type { ToGridWorker } from './gridProtocol'
import { sampleInSlices } from './gridSample'
import workerUrl from './grid.worker.ts?worker&url'
import { createJobRunner, remember, type JobHandle, type JobPort } from './jobs'
import { startWorker } from './startWorker'

/** The part of a Worker the client uses (a fake in tests). */
export type GridWorkerPort = JobPort<ToGridWorker, FromGridWorker>

/** A pending grid; its cancel rejects it with GridCancelled. */
export type GridHandle = JobHandle<Float64Array>

/** The rejection of a cancelled request (the UI ignores it). */
export class GridCancelled extends Error {
  constructor() {
    super('grid request cancelled')
    this.name = 'GridCancelled'
  }
}

/** Where workers and main-thread surfaces come from, slice length, cache size. */
export interface GridClientOptions {
  /** Returns a new worker, or null to compute on the main thread. */
  readonly createWorker?: () => GridWorkerPort | null
  /** Finds a surface for the main-thread fallback (default: built-ins, then the models chunk). */
  readonly resolveSurface?: (id: string) => Promise<Surface | undefined>
  readonly mainThreadSliceMs?: number
  readonly cacheSize?: number
}

/** A client: requestGrid, a synchronous look into its cache, and clearCache. */
export interface GridClient {
  readonly requestGrid: (request: GridRequest) => GridHandle
  /** The grid if it has been computed already (same array every time), else undefined. */
  readonly cachedGrid: (request: GridRequest) => Float64Array | undefined
  readonly clearCache: () => void
}

// Worker's handlers take a MessageEvent: a superset of the port's. startWorker works across origins.
const createBrowserWorker = () => startWorker(workerUrl) as unknown as GridWorkerPort | null

// The models chunk is imported only when a model grid must be sampled here: it stays lazy.
async function loadSurface(id: string): Promise<Surface | undefined> {
  return getSurface(id) ?? (await import('../core/models')).modelSurface(id)
}

/** A client with its own cache and workers (tests make fresh ones; the page uses the default). */
export function createGridClient(options: GridClientOptions = {}): GridClient {
  const resolveSurface = options.resolveSurface ?? loadSurface
  const sliceMs = options.mainThreadSliceMs ?? 8 // well under a 16 ms frame
  const cacheSize = options.cacheSize ?? 16 // a 160×100 grid is 128 kB
  const cache = new Map<string, Float64Array>()
  // Figure and legend ask for the same grid at once: they share one computation.
  const pending = new Map<
    string,
    { promise: Promise<Float64Array>; stop: () => void; refs: number }
  >()
  const run = createJobRunner<GridRequest, FromGridWorker>(
    options.createWorker ?? createBrowserWorker,
  )

  const start = (request: GridRequest) =>
    run<Float64Array>(request, {
      onData: (data) => (data.type === 'result' ? data.values : new Error(data.message)),
      onMainThread: async (settle) => {
        const surface = await resolveSurface(request.surfaceId)
        if (!surface) return new Error(`unknown surface "${request.surfaceId}"`)
        return sampleInSlices(surface, request, { sliceMs, onDone: settle })
      },
      cancelled: () => new GridCancelled(),
    })

  return {
    requestGrid(request) {
      const key = gridKey(request)
      const cached = cache.get(key)
      if (cached) return { promise: Promise.resolve(cached), cancel: () => {} }
      const problem = gridProblem(request)
      if (problem !== null) return { promise: Promise.reject(new Error(problem)), cancel: () => {} }
      let job = pending.get(key)
      if (!job) {
        const { promise, stop } = start(request)
        const done = promise.then((values) => (remember(cache, key, values, cacheSize), values))
        const settled = () => void pending.delete(key)
        done.then(settled, settled)
        job = { promise: done, stop, refs: 0 }
        pending.set(key, job)
      }
      job.refs++
      const shared = job
      let isCancelled = false
      let reject: (e: Error) => void = () => {}
      // Each caller gets its own promise, so one caller's cancel never rejects another's.
      const promise = new Promise<Float64Array>((resolve, rej) => {
        reject = rej
        shared.promise.then(resolve, rej)
      })
      promise.catch(() => {}) // a cancelled request nobody awaits is not an unhandled rejection
      const cancel = () => {
        if (isCancelled) return
        isCancelled = true
        reject(new GridCancelled())
        if (--shared.refs === 0 && pending.get(key) === shared) {
          pending.delete(key)
          shared.stop()
        }
      }
      return { promise, cancel }
    },
    cachedGrid: (request) => cache.get(gridKey(request)),
    clearCache: () => cache.clear(),
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
