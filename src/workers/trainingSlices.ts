import { createModelTrainer, type Model, type ModelRunOptions } from '../core/models'
import type { ModelTrajectory } from '../core/models'
import { runInSlices } from './slices'

/** What trainInSlices reports: epochs done of the total after each slice, and the trained run. */
export interface TrainingCallbacks {
  readonly sliceMs: number
  readonly onProgress?: (done: number, total: number) => void
  readonly onDone: (trajectory: ModelTrajectory) => void
}

/**
 * Trains one model run a few epochs at a time (see runInSlices), in the worker or, without one,
 * on the main thread; returns the function that stops it between epochs.
 */
export function trainInSlices(model: Model, options: ModelRunOptions, c: TrainingCallbacks) {
  const trainer = createModelTrainer(model, options)
  const total = trainer.epochCount
  let isTraining = true
  return runInSlices(
    total,
    c.sliceMs,
    () => {
      if (isTraining) isTraining = trainer.trainEpoch() // after divergence the rest are no-ops
    },
    (done) => {
      c.onProgress?.(done, total)
      if (done === total) c.onDone(trainer.result())
    },
  )
}
