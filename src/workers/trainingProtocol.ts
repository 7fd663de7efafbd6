// The messages between the page and the model-training worker, and what both sides agree on.
import type { ModelRunOptions, ModelTrajectory } from '../core/models'
import { flatten, pairsOf } from '../core/vec'
import type { JobFailure, JobProgress, ToJobWorker } from './jobs'

/** One model run to train: the model by id and the run's options (epochs already capped). */
export interface TrainingRequest {
  readonly modelId: string
  readonly options: ModelRunOptions
}

export type ToTrainingWorker = ToJobWorker<TrainingRequest>

/** A trained run with its points as flat arrays: they transfer instead of being cloned. */
export interface PackedTrajectory extends Omit<
  ModelTrajectory,
  'points' | 'losses' | 'velocities'
> {
  readonly points: Float64Array
  readonly losses: Float64Array
  readonly velocities: Float64Array
}

/** Worker → page, tagged with the request's id so stale messages can be dropped. */
export type FromTrainingWorker =
  | JobProgress
  | { readonly type: 'result'; readonly id: number; readonly trajectory: PackedTrajectory }
  | JobFailure

/** Largest epoch count a request may ask for (a bad message must not hang a worker). */
export const TRAINING_LIMITS = { epochs: 100_000 } as const

/** Why a request cannot be trained, or null when it can (the model id is checked by the caller). */
export function trainingProblem(r: TrainingRequest): string | null {
  const o = r.options
  if (!Number.isInteger(o.epochs) || o.epochs < 0 || o.epochs > TRAINING_LIMITS.epochs)
    return 'epochs out of range'
  const numbers = [o.lr, o.momentum, o.start[0], o.start[1], o.batchSize ?? 0, o.seed ?? 0]
  if (!numbers.every(Number.isFinite)) return 'options must be finite'
  return null
}

/** A trajectory as flat arrays (see PackedTrajectory). */
export function packTrajectory(t: ModelTrajectory): PackedTrajectory {
  return {
    ...t,
    points: flatten(t.points),
    losses: Float64Array.from(t.losses),
    velocities: flatten(t.velocities),
  }
}

/** The trajectory a packed one stands for (the inverse of packTrajectory). */
export function unpackTrajectory(t: PackedTrajectory): ModelTrajectory {
  return {
    ...t,
    points: pairsOf(t.points),
    losses: Array.from(t.losses),
    velocities: pairsOf(t.velocities),
  }
}

/** The buffers of a packed trajectory, to transfer. */
export const trajectoryTransferables = (t: PackedTrajectory): ArrayBuffer[] =>
  [t.points, t.losses, t.velocities].map((a) => a.buffer as ArrayBuffer)

/** The cache key of a request: everything the trajectory depends on. */
export function trainingKey(r: TrainingRequest): string {
  const o = r.options
  const { start, lr, momentum, dampening, rule, nesterov, epochs, batchSize, seed } = o
  return JSON.stringify([
    r.modelId,
    start,
    lr,
    momentum,
    dampening,
    rule,
    nesterov,
    epochs,
    batchSize,
    seed,
  ])
}
