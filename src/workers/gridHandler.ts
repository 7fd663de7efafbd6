import type { Surface } from '../core/surfaces'
import { gridProblem, type FromGridWorker, type ToGridWorker } from './gridProtocol'
import { sampleInSlices } from './gridSample'

/** How the handler talks back: postMessage with the buffers to transfer. */
export type PostFromGridWorker = (message: FromGridWorker, transfer: ArrayBuffer[]) => void

/** Finds a surface by id: built-in or model (the worker bundles both; tests may pass their own). */
export type SurfaceResolver = (id: string) => Surface | undefined

/**
 * The grid worker's logic without the worker: feed it each incoming message. One grid at a time;
 * a newer 'compute' or a matching 'cancel' stops the current one between rows.
 */
export function createGridHandler(
  post: PostFromGridWorker,
  resolve: SurfaceResolver,
  sliceMs = 50,
): (m: ToGridWorker) => void {
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
    const surface = resolve(message.surfaceId)
    const problem = surface ? gridProblem(message) : `unknown surface "${message.surfaceId}"`
    if (problem !== null || !surface) {
      post({ type: 'error', id, message: problem ?? 'unknown surface' }, [])
      return
    }
    const cancel = sampleInSlices(surface, message, {
      sliceMs,
      onDone: (values) => {
        current = null
        post({ type: 'result', id, values }, [values.buffer as ArrayBuffer])
      },
    })
    current = { id, cancel }
  }
}
