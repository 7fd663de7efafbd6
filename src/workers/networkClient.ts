// The page's way to train the digits network: from the cache, else in a worker, else (no Worker,
// as in jsdom and Node) in short slices on the main thread. Reports progress, the trained runs,
// then the coarse landscape; resolves with everything once the refined landscape is done.
import { createJobRunner, remember, type JobHandle, type JobPort } from './jobs'
import { runNetworkJob } from './networkJob'
import {
  networkKey,
  networkProblem,
  type FromNetworkWorker,
  type Landscape,
  type NetworkRequest,
  type NetworkResult,
  type ToNetworkWorker,
  type TrainedNetworks,
} from './networkProtocol'

/** The part of a Worker the client uses (a fake in tests). */
export type NetworkWorkerPort = JobPort<ToNetworkWorker, FromNetworkWorker>

/** The rejection of a cancelled request (the UI ignores it). */
export class NetworkCancelled extends Error {
  constructor() {
    super('network training cancelled')
    this.name = 'NetworkCancelled'
  }
}

/** What a caller hears before the result. */
export interface NetworkListeners {
  readonly onProgress?: (done: number, total: number) => void
  readonly onTrained?: (trained: TrainedNetworks) => void
  readonly onLandscape?: (landscape: Landscape) => void
}

/** Where workers come from, slice length on the main thread, cache size. */
export interface NetworkClientOptions {
  readonly createWorker?: () => NetworkWorkerPort | null
  readonly mainThreadSliceMs?: number
  readonly cacheSize?: number
}

function createBrowserWorker(): NetworkWorkerPort | null {
  if (typeof Worker === 'undefined') return null
  try {
    // This exact form lets Vite bundle the worker as its own module chunk.
    const worker = new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module' })
    return worker as unknown as NetworkWorkerPort
  } catch {
    return null
  }
}

/** A client with its own cache and workers; trainNetworks(request, listeners) starts a job. */
export function createNetworkClient(options: NetworkClientOptions = {}) {
  const sliceMs = options.mainThreadSliceMs ?? 8 // well under a 16 ms frame
  const cacheSize = options.cacheSize ?? 4
  const cache = new Map<string, NetworkResult>()
  const run = createJobRunner<NetworkRequest, FromNetworkWorker>(
    options.createWorker ?? createBrowserWorker,
  )
  return function trainNetworks(
    request: NetworkRequest,
    listeners: NetworkListeners = {},
  ): JobHandle<NetworkResult> {
    const key = networkKey(request)
    const cached = cache.get(key)
    if (cached) return { promise: Promise.resolve(cached), cancel: () => {} }
    const problem = networkProblem(request)
    if (problem !== null) return { promise: Promise.reject(new Error(problem)), cancel: () => {} }
    let trained: TrainedNetworks | null = null
    let coarse: Landscape | null = null
    const job = run<NetworkResult>(request, {
      onData: (data) => {
        if (data.type === 'error') return new Error(data.message)
        if (data.type === 'progress') return void listeners.onProgress?.(data.done, data.total)
        if (data.type === 'trained') {
          trained = data.trained
          return void listeners.onTrained?.(trained)
        }
        listeners.onLandscape?.(data.landscape)
        if (data.landscape.level === 'coarse') return void (coarse = data.landscape)
        if (!trained || !coarse) return new Error('network worker: messages out of order')
        return { trained, coarse, refined: data.landscape }
      },
      onMainThread: (settle) => {
        const started = runNetworkJob(request, { sliceMs, ...listeners, onDone: settle })
        return typeof started === 'string' ? new Error(started) : started
      },
      cancelled: () => new NetworkCancelled(),
    })
    const promise = job.promise.then((result) => (remember(cache, key, result, cacheSize), result))
    promise.catch(() => {}) // a cancelled job nobody awaits is not an unhandled rejection
    return { promise, cancel: job.stop }
  }
}

/** The page's client (one worker, reused). */
export const trainNetworks = createNetworkClient()
