import {
  mapTransferables,
  requestProblem,
  surfaceForRequest,
  type FromWorker,
  type ToWorker,
} from './tuningMapProtocol'
import { computeInSlices } from './tuningMapSlices'

/** How the handler talks back: postMessage with the buffers to transfer. */
export type PostFromWorker = (message: FromWorker, transfer: ArrayBuffer[]) => void

/**
 * The worker's logic without the worker: feed it each incoming message. One computation at a
 * time; a newer 'compute' or a matching 'cancel' stops the current one between slices.
 */
export function createTuningMapHandler(post: PostFromWorker, sliceMs = 50): (m: ToWorker) => void {
  let current: { id: number; cancel: () => void } | null = null
  return (message) => {
    if (message.type === 'cancel') {
      if (current && current.id === message.id) {
        current.cancel()
        current = null
      }
      return
    }
    current?.cancel()
    current = null
    const { id } = message
    const problem = requestProblem(message)
    const surface = surfaceForRequest(message)
    if (problem !== null || !surface) {
      post({ type: 'error', id, message: problem ?? 'unknown surface' }, [])
      return
    }
    const cancel = computeInSlices(surface, message, {
      sliceMs,
      onProgress: (p) => post({ type: 'progress', id, ...p }, []),
      onDone: (map) => {
        current = null
        post({ type: 'result', id, map }, mapTransferables(map))
      },
    })
    current = { id, cancel }
  }
}
