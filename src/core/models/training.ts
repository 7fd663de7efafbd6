import { stepFor, type StepState } from '../optimizers'
import { DIVERGENCE_BOUND, type RunOptions, type Trajectory } from '../trajectory'
import type { Vec2 } from '../vec'
import type { Model } from './model'
import { mulberry32, shuffleInPlace } from './random'

/** A model run's options: a run's options with epochs instead of steps, and mini-batches. */
export type ModelRunOptions = Omit<RunOptions, 'steps'> & {
  /** Passes over the train set. */
  readonly epochs: number
  /** Examples per gradient; omitted or ≥ the train size means full batch (one step per epoch). */
  readonly batchSize?: number
  /** Seed of the per-epoch shuffle (default 1); unused for full batch. */
  readonly seed?: number
}

/** How the model stands at the end of an epoch. */
export interface EpochStats {
  /** 0 is before training. */
  readonly epoch: number
  /** Index into `points` of the parameters at the end of this epoch. */
  readonly step: number
  /** Mean loss over the whole train set, and over the test set. */
  readonly trainLoss: number
  readonly testLoss: number
  /** Share of test examples classified correctly, or null for regression. */
  readonly testAccuracy: number | null
}

/** A run on a model: every step's point and full train loss, plus per-epoch statistics. */
export interface ModelTrajectory extends Trajectory {
  /** epochs[0] is the start, epochs[e] the end of epoch e; only completed epochs, never NaN. */
  readonly epochs: EpochStats[]
  /** The epochs the run was asked to train (after any cap); more than completed if it diverged. */
  readonly epochCount: number
  readonly stepsPerEpoch: number
  readonly batchSize: number
}

/** The default seed of the mini-batch shuffle. */
export const DEFAULT_BATCH_SEED = 1

/**
 * Most optimizer steps (epochs × mini-batches per epoch × runs) one figure trains: each step
 * costs a full train-set loss and becomes a point the charts draw, so no more points than the
 * longest race on a built-in surface (6 runs × 2000 steps).
 */
export const MAX_TRAINING_STEPS = 12_000

/** How many epochs a figure's runs train, after the cap on total steps. */
export interface TrainingPlan {
  readonly epochs: number
  readonly stepsPerEpoch: number
  readonly batchSize: number
  /** The epochs asked for, when the cap lowered them; else null. */
  readonly cappedFrom: number | null
}

/** The mini-batch size a request means: omitted, 0 or ≥ the train size is full batch. */
export const batchSizeFor = (model: Model, batchSize: number | undefined) => {
  const n = model.train.x.length
  return !batchSize || batchSize <= 0 ? n : Math.min(n, Math.max(1, Math.floor(batchSize)))
}

/**
 * Epochs for `runs` runs of `epochs` epochs each, lowered so that all runs together take at most
 * `cap` steps (at least one epoch each).
 * @example planTraining(getModel('logreg')!, 2000, 1, 6).epochs // 10: 200 steps an epoch, 6 runs
 */
export function planTraining(
  model: Model,
  epochs: number,
  batchSize: number | undefined,
  runs: number,
  cap = MAX_TRAINING_STEPS,
): TrainingPlan {
  const size = batchSizeFor(model, batchSize)
  const stepsPerEpoch = Math.ceil(model.train.x.length / size)
  const asked = Math.max(0, Math.floor(epochs))
  const most = Math.max(1, Math.floor(cap / (stepsPerEpoch * Math.max(1, runs))))
  return {
    epochs: Math.min(asked, most),
    stepsPerEpoch,
    batchSize: size,
    cappedFrom: asked > most ? asked : null,
  }
}

const isInBounds = (w: Vec2, loss: number) =>
  Number.isFinite(loss) && Math.abs(w[0]) <= DIVERGENCE_BOUND && Math.abs(w[1]) <= DIVERGENCE_BOUND

/** A run being trained an epoch at a time, so that a caller can stop between epochs. */
export interface ModelTrainer {
  /** Trains the next epoch; false once every epoch is done or the run diverged. */
  trainEpoch(): boolean
  /** The run so far (the same arrays, growing): before any epoch, just the start. */
  result(): ModelTrajectory
  readonly epochCount: number
}

/**
 * Trains a model with (mini-batch) SGD using the core's step rules, one epoch per trainEpoch().
 * Each epoch shuffles the train indices with a PRNG seeded once from `seed` and takes
 * ⌈n/batchSize⌉ steps; full batch takes one unshuffled step per epoch, exactly as runTrajectory on
 * `model.surface`. Stops at divergence like runTrajectory (the offending point is not recorded).
 */
export function createModelTrainer(model: Model, o: ModelRunOptions): ModelTrainer {
  const { surface, train, test } = model
  const n = train.x.length
  const batchSize = batchSizeFor(model, o.batchSize ?? n)
  const isFullBatch = batchSize === n
  const stepsPerEpoch = Math.ceil(n / batchSize)
  const epochCount = Math.max(0, Math.floor(o.epochs))
  const step = stepFor(o)
  const rand = mulberry32(o.seed ?? DEFAULT_BATCH_SEED)
  const order = train.x.map((_, i) => i)
  const stats = (epoch: number, step: number, w: Vec2, trainLoss: number): EpochStats => ({
    epoch,
    step,
    trainLoss,
    testLoss: model.loss(test, w),
    testAccuracy: model.accuracy ? model.accuracy(test, w) : null,
  })

  let w = o.start
  let buf: Vec2 | null = null
  let epoch = 0
  let divergedAt: number | null = null
  const points: Vec2[] = [w]
  const losses: number[] = [surface.f(w[0], w[1])]
  const velocities: Vec2[] = []
  const epochs: EpochStats[] = [stats(0, 0, w, losses[0] as number)]
  const trainEpoch = () => {
    if (epoch >= epochCount || divergedAt !== null) return false
    epoch++
    if (!isFullBatch) shuffleInPlace(order, rand)
    for (let start = 0; start < n; start += batchSize) {
      // Full batch uses surface.grad itself, so the path is runTrajectory's to the last bit.
      const g = isFullBatch
        ? surface.grad(w[0], w[1])
        : model.batchGrad(w, order.slice(start, start + batchSize))
      const next: StepState = step(w, buf, g)
      const loss = surface.f(next.w[0], next.w[1])
      if (!isInBounds(next.w, loss)) {
        divergedAt = points.length
        return false
      }
      velocities.push(next.buf ?? g)
      w = next.w
      buf = next.buf
      points.push(w)
      losses.push(loss)
    }
    // In bounds, both losses stay finite (MSE ≤ ~1e14, cross-entropy grows linearly in |z|).
    const lastStep = points.length - 1
    epochs.push(stats(epoch, lastStep, w, losses[lastStep] as number))
    return epoch < epochCount
  }
  const result = (): ModelTrajectory => ({
    points,
    losses,
    velocities,
    divergedAt,
    epochs,
    epochCount,
    stepsPerEpoch,
    batchSize,
  })
  return { trainEpoch, result, epochCount }
}

/**
 * Trains a model to the end at once (see createModelTrainer).
 * @example runModelTrajectory(getModel('logreg')!, { start: [0, 0], lr: 0.3, momentum: 0.9, epochs: 30, batchSize: 20 })
 */
export function runModelTrajectory(model: Model, o: ModelRunOptions): ModelTrajectory {
  const trainer = createModelTrainer(model, o)
  while (trainer.trainEpoch());
  return trainer.result()
}
