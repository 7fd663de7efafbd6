import type { Vec2 } from '../vec'
import type { ModelSurfaceId } from './ids'

/** A ready-made comparison for the page: one model, one learning rate, GD against momentum. */
export interface ModelPreset {
  readonly name: string
  readonly surface: ModelSurfaceId
  readonly lr: number
  /** One run per momentum value: plain GD (0) and heavy ball. */
  readonly momenta: readonly number[]
  readonly epochs: number
  readonly batchSize: number
  /** Seed of the mini-batch shuffle. */
  readonly seed: number
  readonly start: Vec2
  /** What the charts show, for the text beside them. */
  readonly text: string
}

/**
 * "Training a real model": logistic regression on unscaled hours, mini-batches of 40 (5 steps an
 * epoch), 30 epochs. tests/core/models/preset.test.ts checks that momentum ends with the lower
 * training loss and a test accuracy at least as high.
 */
export const trainingPreset: ModelPreset = {
  name: 'Training a real model',
  surface: 'logreg',
  lr: 0.1,
  momenta: [0, 0.9],
  epochs: 30,
  batchSize: 40,
  seed: 1,
  start: [-0.5, 1],
  text: 'Both runs train the same classifier (pass or fail from hours studied) with the same learning rate and the same mini-batches of 40 students. The contours are its training loss over the weight and the bias; the charts show, after each pass over the data, the loss on the 200 training students and the share of 100 unseen test students it classifies correctly. Plain SGD creeps along the narrow valley; momentum builds up speed along it, so after the same number of epochs its loss is lower and its test accuracy higher.',
}
