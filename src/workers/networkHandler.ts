import { createJobHandler } from './jobs'
import { runNetworkJob } from './networkJob'
import { networkProblem, type FromNetworkWorker, type NetworkRequest } from './networkProtocol'

/** How the handler talks back: postMessage with the buffers to transfer. */
export type PostFromNetworkWorker = (message: FromNetworkWorker, transfer: ArrayBuffer[]) => void

/**
 * The network worker's logic without the worker: feed it each incoming message. One job at a
 * time; a newer 'compute' or a matching 'cancel' stops the current one between slices.
 */
export function createNetworkHandler(post: PostFromNetworkWorker, sliceMs = 50) {
  return createJobHandler<NetworkRequest>(post, (message, finished) => {
    const { id } = message
    const problem = networkProblem(message)
    if (problem !== null) return problem
    return runNetworkJob(message, {
      sliceMs,
      onProgress: (done, total) => post({ type: 'progress', id, done, total }, []),
      onTrained: (trained) => post({ type: 'trained', id, trained }, []),
      // copies stay with the job: the refined result still holds the coarse grid
      onLandscape: (landscape) => post({ type: 'landscape', id, landscape }, []),
      onDone: () => finished(),
    })
  })
}
