import { createJobHandler } from './jobs'
import {
  mapTransferables,
  requestProblem,
  surfaceForRequest,
  type FromWorker,
  type TuningMapRequest,
} from './tuningMapProtocol'
import { computeInSlices } from './tuningMapSlices'

/** How the handler talks back: postMessage with the buffers to transfer. */
export type PostFromWorker = (message: FromWorker, transfer: ArrayBuffer[]) => void

/**
 * The worker's logic without the worker: feed it each incoming message. One computation at a
 * time; a newer 'compute' or a matching 'cancel' stops the current one between slices.
 */
export function createTuningMapHandler(post: PostFromWorker, sliceMs = 50) {
  return createJobHandler<TuningMapRequest>(post, (message, finished) => {
    const { id } = message
    const problem = requestProblem(message)
    const surface = surfaceForRequest(message)
    if (problem !== null || !surface) return problem ?? 'unknown surface'
    return computeInSlices(surface, message, {
      sliceMs,
      onProgress: (p) => post({ type: 'progress', id, ...p }, []),
      onDone: (map) => {
        finished()
        post({ type: 'result', id, map }, mapTransferables(map))
      },
    })
  })
}
