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
import { computeInSlices } from './tuningMapSlices'

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerPort {
  postMessage(message: ToWorker): void
  onmessage: ((event: { data: FromWorker }) => void) | null
  onerror: ((event: unknown) => void) | null
  terminate(): void
}

/** A pending map: await `promise`; `cancel()` stops the work and rejects it with TuningMapCancelled. */
export interface TuningMapHandle {
  readonly promise: Promise<TuningMap>
  readonly cancel: () => void
}

/** The rejection of a cancelled request (the UI ignores it). */
export class TuningMapCancelled extends Error {
  constructor() {
    super('tuning map request cancelled')
    this.name = 'TuningMapCancelled'
  }
}

/** Options of a client: where workers come from, slice length on the main thread, cache size. */
export interface TuningMapClientOptions {
  /** Returns a new worker, or null to compute on the main thread. */
  readonly createWorker?: () => WorkerPort | null
  readonly mainThreadSliceMs?: number
  readonly cacheSize?: number
}

/** A client: requestTuningMap plus its cache. */
export interface TuningMapClient {
  readonly requestTuningMap: (
    request: TuningMapRequest,
    onProgress?: (progress: TuningMapProgress) => void,
  ) => TuningMapHandle
  readonly clearCache: () => void
}

function createBrowserWorker(): WorkerPort | null {
  if (typeof Worker === 'undefined') return null
  try {
    // This exact form lets Vite bundle the worker as its own module chunk.
    const worker = new Worker(new URL('./tuningMap.worker.ts', import.meta.url), { type: 'module' })
    return worker as unknown as WorkerPort // Worker's handlers take a MessageEvent: a superset
  } catch {
    return null
  }
}

/** A client with its own cache and workers (tests make fresh ones; the page uses the default). */
export function createTuningMapClient(options: TuningMapClientOptions = {}): TuningMapClient {
  const createWorker = options.createWorker ?? createBrowserWorker
  const sliceMs = options.mainThreadSliceMs ?? 8 // well under a 16 ms frame
  const cacheSize = options.cacheSize ?? 24 // a 60×60 map is about 60 kB
  const cache = new Map<string, TuningMap>()
  const idle: WorkerPort[] = []
  let nextId = 1

  const remember = (key: string, map: TuningMap) => {
    cache.set(key, map)
    const oldest = cache.keys().next().value
    if (cache.size > cacheSize && oldest !== undefined) cache.delete(oldest)
  }

  // Resolves through settle() once: later results, errors or cancels are dropped.
  function start(request: TuningMapRequest, onProgress: (p: TuningMapProgress) => void) {
    let stop = () => {}
    let settle: (outcome: TuningMap | Error) => void = () => {}
    const promise = new Promise<TuningMap>((resolve, reject) => {
      settle = (outcome) => {
        settle = () => {}
        stop()
        if (outcome instanceof Error) reject(outcome)
        else resolve(outcome)
      }
    })
    const onMainThread = () => {
      const surface = getSurface(request.surfaceId)
      if (!surface) return settle(new Error(`unknown surface "${request.surfaceId}"`))
      stop = computeInSlices(surface, request, {
        sliceMs,
        onProgress,
        onDone: (map) => settle(map),
      })
    }
    const worker = idle.pop() ?? createWorker()
    if (!worker) onMainThread()
    else {
      const id = nextId++
      const release = () => {
        worker.onmessage = null
        worker.onerror = null
        if (idle.length === 0) idle.push(worker)
        else worker.terminate()
      }
      stop = () => {
        worker.postMessage({ type: 'cancel', id })
        release()
      }
      worker.onmessage = ({ data }) => {
        if (data.id !== id) return // a late message of an earlier request on this worker
        if (data.type === 'progress') onProgress(data)
        else if (data.type === 'result') settle(data.map)
        else settle(new Error(data.message))
      }
      // The worker could not start (blocked, unsupported): drop it and finish here instead.
      worker.onerror = () => {
        worker.terminate()
        stop = () => {}
        onMainThread()
      }
      worker.postMessage({ type: 'compute', id, ...request })
    }
    return { promise, cancel: () => settle(new TuningMapCancelled()) }
  }

  return {
    requestTuningMap(request, onProgress = () => {}) {
      const key = requestKey(request)
      const cached = cache.get(key)
      if (cached) return { promise: Promise.resolve(cached), cancel: () => {} }
      const problem = requestProblem(request)
      if (problem !== null) return { promise: Promise.reject(new Error(problem)), cancel: () => {} }
      const { promise, cancel } = start(request, onProgress)
      const result = promise.then((map) => (remember(key, map), map))
      result.catch(() => {}) // a cancelled request nobody awaits is not an unhandled rejection
      return { promise: result, cancel }
    },
    clearCache: () => cache.clear(),
  }
}

const defaultClient = createTuningMapClient()

/**
 * The page's tuning map for `request`, computed off the main thread; onProgress reports cells
 * done. A cached map resolves at once, with the same object every time.
 * @example const { promise, cancel } = requestTuningMap({ surfaceId: 'ravine', start: [-8, 1], rule: 'heavy-ball', steps: 1000, lrCount: 60, momentumCount: 60 }, (p) => setProgress(p.done / p.total))
 */
export const requestTuningMap = defaultClient.requestTuningMap
