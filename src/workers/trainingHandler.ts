import type { Model } from '../core/models'
import { createJobHandler, jobTarget } from './jobs'
import {
  packTrajectory,
  trainingProblem,
  trajectoryTransferables,
  type FromTrainingWorker,
  type TrainingRequest,
} from './trainingProtocol'
import { trainInSlices } from './trainingSlices'

/** How the handler talks back: postMessage with the buffers to transfer. */
export type PostFromTrainingWorker = (message: FromTrainingWorker, transfer: ArrayBuffer[]) => void

/**
 * The training worker's logic without the worker: feed it each incoming message. One run at a
 * time; a newer 'compute' or a matching 'cancel' stops the current one between epochs.
 */
export function createTrainingHandler(
  post: PostFromTrainingWorker,
  resolve: (id: string) => Model | undefined,
  sliceMs = 20,
) {
  return createJobHandler<TrainingRequest>(post, (message, finished) => {
    const { id } = message
    const model = jobTarget('model', message.modelId, resolve, () => trainingProblem(message))
    if (typeof model === 'string') return model
    return trainInSlices(model, message.options, {
      sliceMs,
      onProgress: (done, total) => post({ type: 'progress', id, done, total }, []),
      onDone: (trajectory) => {
        finished()
        const packed = packTrajectory(trajectory)
        post({ type: 'result', id, trajectory: packed }, trajectoryTransferables(packed))
      },
    })
  })
}
