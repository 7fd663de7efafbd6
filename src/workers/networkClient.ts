// The page's way to train the digits network: from the cache, else in a worker, else (no Worker,
// as in jsdom and Node) in short slices on the main thread. Reports progress, the trained runs,
// then the coarse landscape; resolves with everything once the refined landscape is done.
import { cancelledError, clientWorkers, createJobClient, type ClientOptions } from './jobClient'
import type { JobHandle, JobPort } from './jobs'
import { runNetworkJob } from './networkJob'
import workerUrl from './network.worker.ts?worker&url'
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

/** The rejection of a cancelled request (the UI ignores it). */
export const NetworkCancelled = cancelledError('NetworkCancelled', 'network training cancelled')

/** What a caller hears before the result. */
export interface NetworkListeners {
  readonly onProgress?: (done: number, total: number) => void
  readonly onTrained?: (trained: TrainedNetworks) => void
  readonly onLandscape?: (landscape: Landscape) => void
}

/** A job's messages before its result: the worker's, also when it runs on the main thread. */
type NetworkEvent = Exclude<FromNetworkWorker, { type: 'error' }>

/** Where workers come from (a fake in tests), slice length on the main thread, cache size. */
export type NetworkClientOptions = ClientOptions<JobPort<ToNetworkWorker, FromNetworkWorker>>

const hear = (l: NetworkListeners) => (e: NetworkEvent) => {
  if (e.type === 'progress') l.onProgress?.(e.done, e.total)
  else if (e.type === 'trained') l.onTrained?.(e.trained)
  else l.onLandscape?.(e.landscape)
}

/** A client with its own cache and workers; trainNetworks(request, listeners) starts a job. */
export function createNetworkClient(options: NetworkClientOptions = {}) {
  const sliceMs = options.mainThreadSliceMs ?? 8 // well under a 16 ms frame
  const jobs = createJobClient<NetworkRequest, NetworkResult, FromNetworkWorker, NetworkEvent>({
    createWorker: clientWorkers(options, workerUrl),
    key: networkKey,
    problem: networkProblem,
    cacheSize: options.cacheSize ?? 4,
    job: (request, emit) => {
      let trained: TrainedNetworks | null = null
      let coarse: Landscape | null = null
      return {
        onData: (data) => {
          if (data.type === 'error') return new Error(data.message)
          emit(data)
          if (data.type === 'progress') return
          if (data.type === 'trained') return void (trained = data.trained)
          if (data.landscape.level === 'coarse') return void (coarse = data.landscape)
          if (!trained || !coarse) return new Error('network worker: messages out of order')
          return { trained, coarse, refined: data.landscape }
        },
        onMainThread: (settle) => {
          const started = runNetworkJob(request, {
            sliceMs,
            onProgress: (done, total) => emit({ type: 'progress', id: 0, done, total }),
            onTrained: (t) => emit({ type: 'trained', id: 0, trained: t }),
            onLandscape: (landscape) => emit({ type: 'landscape', id: 0, landscape }),
            onDone: settle,
          })
          return typeof started === 'string' ? new Error(started) : started
        },
      }
    },
    cancelled: () => new NetworkCancelled(),
  })
  return function trainNetworks(
    request: NetworkRequest,
    listeners: NetworkListeners = {},
  ): JobHandle<NetworkResult> {
    return jobs.request(request, hear(listeners))
  }
}

/** The page's client (one worker, reused). */
export const trainNetworks = createNetworkClient()
