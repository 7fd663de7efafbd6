import { mulberry32, shuffleInPlace } from '../models/random'
import type { StepOptions } from '../optimizers'
import type { DigitSplit } from './digits'
import { evaluate, initialWeights, LAYOUT } from './mlp'
import { vecStepFor } from './vecSteps'

/** A network run: the update rule, mini-batches and epochs, and the seed of init and order. */
export interface NetworkRunOptions extends StepOptions {
  readonly batchSize: number
  readonly epochs: number
  /** Seeds one mulberry32 stream: the initial weights are drawn first, then each epoch's shuffle. */
  readonly seed: number
  /** Weight snapshots kept per epoch for the projection (default 4). */
  readonly snapshotsPerEpoch?: number
}

/** How the network stands at the end of an epoch (epoch 0 is before training). */
export interface NetworkEpoch {
  readonly epoch: number
  readonly step: number
  readonly trainLoss: number
  readonly trainAccuracy: number
  readonly testLoss: number
  readonly testAccuracy: number
}

/** What a run has recorded so far: every step's batch loss, epochs and weight snapshots. */
export interface NetworkRecord {
  readonly stepsPerEpoch: number
  readonly totalSteps: number
  /** batchLosses[k] is the loss of step k + 1's batch at the weights before that step. */
  readonly batchLosses: number[]
  readonly epochs: NetworkEpoch[]
  /** Weights at the start and at each snapshot point; snapshotSteps[i] is the step of snapshots[i]. */
  readonly snapshots: Float64Array[]
  readonly snapshotSteps: number[]
  /** The step whose weights left the bounds (not recorded), or null. */
  divergedAt: number | null
}

/** A run in progress: call step() until it returns false; `record` grows as it goes. */
export interface NetworkTraining {
  readonly record: NetworkRecord
  /** Takes one mini-batch step; false once every epoch is done or the run diverged. */
  step(): boolean
  readonly weights: () => Float64Array
  readonly stepsDone: () => number
}

/** Weights beyond this size, or a non-finite loss, count as divergence. */
export const NETWORK_DIVERGENCE_BOUND = 1e6

const isInBounds = (w: Float64Array) => {
  for (let i = 0; i < w.length; i++) {
    if (!(Math.abs(w[i] as number) <= NETWORK_DIVERGENCE_BOUND)) return false
  }
  return true
}

/**
 * Starts training the 64 → 32 → 10 network on `split.train` with the core's update rules applied
 * to the whole weight vector. Each epoch shuffles the train order (Fisher–Yates, in place, as the
 * 2-weight models do) and takes ⌈n/batchSize⌉ steps; the last batch may be smaller.
 * @example const t = startNetworkTraining(split, { lr: 0.05, momentum: 0.9, batchSize: 32, epochs: 30, seed: 1 }); while (t.step());
 */
export function startNetworkTraining(split: DigitSplit, o: NetworkRunOptions): NetworkTraining {
  const { train, test } = split
  const n = train.count
  const batchSize = Math.min(n, Math.max(1, Math.floor(o.batchSize)))
  const stepsPerEpoch = Math.ceil(n / batchSize)
  const epochCount = Math.max(0, Math.floor(o.epochs))
  const perEpoch = Math.max(1, Math.min(stepsPerEpoch, Math.floor(o.snapshotsPerEpoch ?? 4)))
  const snapAt = new Set(
    Array.from({ length: perEpoch }, (_, q) => Math.round(((q + 1) * stepsPerEpoch) / perEpoch)),
  )
  const rand = mulberry32(o.seed)
  let w = initialWeights(rand)
  let buf: Float64Array | null = null
  const step = vecStepFor(o)
  const order = Array.from({ length: n }, (_, i) => i)
  const grad = new Float64Array(LAYOUT.size)
  const stats = (epoch: number, stepIndex: number) => {
    const tr = evaluate(w, train)
    const te = evaluate(w, test)
    return {
      epoch,
      step: stepIndex,
      trainLoss: tr.loss,
      trainAccuracy: tr.accuracy,
      testLoss: te.loss,
      testAccuracy: te.accuracy,
    }
  }
  const record: NetworkRecord = {
    stepsPerEpoch,
    totalSteps: stepsPerEpoch * epochCount,
    batchLosses: [],
    epochs: [stats(0, 0)],
    snapshots: [w],
    snapshotSteps: [0],
    divergedAt: null,
  }
  let done = 0
  return {
    record,
    weights: () => w,
    stepsDone: () => done,
    step() {
      if (done >= record.totalSteps || record.divergedAt !== null) return false
      const inEpoch = done % stepsPerEpoch
      if (inEpoch === 0) shuffleInPlace(order, rand)
      const batch = order.slice(inEpoch * batchSize, (inEpoch + 1) * batchSize)
      const { loss } = evaluate(w, train, batch, grad)
      const next = step(w, buf, grad)
      if (!Number.isFinite(loss) || !isInBounds(next.w)) {
        record.divergedAt = done + 1
        return false
      }
      record.batchLosses.push(loss)
      w = next.w
      buf = next.buf
      done++
      if (snapAt.has(inEpoch + 1)) {
        record.snapshots.push(w)
        record.snapshotSteps.push(done)
      }
      if (inEpoch + 1 === stepsPerEpoch) record.epochs.push(stats(done / stepsPerEpoch, done))
      return done < record.totalSteps
    },
  }
}

/** Trains to the end (or divergence) and returns the record. */
export function trainNetwork(split: DigitSplit, o: NetworkRunOptions): NetworkRecord {
  const t = startNetworkTraining(split, o)
  while (t.step());
  return t.record
}
