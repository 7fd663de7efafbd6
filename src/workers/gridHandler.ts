import type { Surface } from '../core/surfaces'
import { gridProblem, type FromGridWorker, type GridRequest } from './gridProtocol'
import { sampleInSlices } from './gridSample'
import { createJobHandler, jobTarget } from './jobs'

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
) {
  return createJobHandler<GridRequest>(post, (message, finished) => {
    const { id } = message
    const surface = jobTarget('surface', message.surfaceId, resolve, () => gridProblem(message))
    if (typeof surface === 'string') return surface
    return sampleInSlices(surface, message, {
      sliceMs,
      onDone: (values) => {
        finished()
        post({ type: 'result', id, values }, [values.buffer as ArrayBuffer])
      },
    })
  })
}
