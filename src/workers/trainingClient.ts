// The page's way to train a model run: in a worker, else (no Worker, as in jsdom, or a worker that
// fails to start) an epoch or a few at a time on the main thread. Never blocks for long.
import type { Model, ModelTrajectory } from '../core/models'
import { cancelledError, clientWorkers, createJobClient, type ClientOptions } from './jobClient'
import type { JobHandle, JobPort, JobProgress } from './jobs'
import workerUrl from './training.worker.ts?worker&url'
import {
  trainingKey,
  unpackTrajectory,
  type FromTrainingWorker,
  type ToTrainingWorker,
  type TrainingRequest,
} from './trainingProtocol'
import { trainInSlices } from './trainingSlices'

/** The rejection of a cancelled run (the UI ignores it). */
export const TrainingCancelled = cancelledError('TrainingCancelled', 'training cancelled')

/** Where workers (a fake in tests) and main-thread models come from, slice length (no cache). */
export interface TrainingClientOptions extends Omit<
  ClientOptions<JobPort<ToTrainingWorker, FromTrainingWorker>>,
  'cacheSize'
> {
  /** Finds a model for the main-thread fallback. */
  readonly resolveModel: (id: string) => Model | undefined
}

type Progress = Pick<JobProgress, 'done' | 'total'>

/**
 * A client: `train` starts a run and reports its progress; cancel rejects with TrainingCancelled.
 * Nothing is cached here: state/training.ts keeps the trained runs.
 */
export function createTrainingClient(options: TrainingClientOptions) {
  const sliceMs = options.mainThreadSliceMs ?? 8 // well under a 16 ms frame
  const jobs = createJobClient<TrainingRequest, ModelTrajectory, FromTrainingWorker, Progress>({
    createWorker: clientWorkers(options, workerUrl),
    key: trainingKey,
    cacheSize: 0,
    job: (request, emit) => {
      const onProgress = (done: number, total: number) => emit({ done, total })
      return {
        onData: (data) => {
          if (data.type === 'progress') return void onProgress(data.done, data.total)
          return data.type === 'result'
            ? unpackTrajectory(data.trajectory)
            : new Error(data.message)
        },
        onMainThread: (settle) => {
          const model = options.resolveModel(request.modelId)
          if (!model) return new Error(`unknown model "${request.modelId}"`)
          return trainInSlices(model, request.options, { sliceMs, onProgress, onDone: settle })
        },
      }
    },
    cancelled: () => new TrainingCancelled(),
  })
  return function train(
    request: TrainingRequest,
    onProgress: (done: number, total: number) => void = () => {},
  ): JobHandle<ModelTrajectory> {
    return jobs.request(request, (p) => onProgress(p.done, p.total))
  }
}
