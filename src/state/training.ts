// Model runs train off the main thread (workers/trainingClient, its worker started by the first
// run): this keeps what they produced, queues what they are asked for, and tells the figures when
// a run is ready.
import type { RunOptions, Trajectory } from '../core'
import {
  createModelTrainer,
  getModel,
  planTraining,
  runModelTrajectory,
  type Model,
  type ModelRunOptions,
  type ModelTrajectory,
} from '../core/models'
import { createTrainingClient, TrainingCancelled } from '../workers/trainingClient'
import { trainingKey, type TrainingRequest } from '../workers/trainingProtocol'

/** What the training status line shows. */
export interface TrainingStatus {
  /** Runs asked for since the queue was last empty, and how many of them are done. */
  readonly runs: number
  readonly done: number
  /** Share of the run in progress, 0 to 1. */
  readonly current: number
  /** Why the last run that failed did (the worker's message), or null. */
  readonly error: string | null
  /** Whether the reader stopped the training (the runs keep their start only). */
  readonly isCancelled: boolean
}

const IDLE: TrainingStatus = { runs: 0, done: 0, current: 0, error: null, isCancelled: false }
const MAX_QUEUED = 32 // a long drag asks for a run per frame: the oldest are dropped
const CACHE_SIZE = 64

const trained = new Map<string, ModelTrajectory>()
const queue: { key: string; request: TrainingRequest }[] = []
const stopped = new Set<string>() // cancelled by the reader
const failed = new Set<string>()
let running: { key: string; cancel: () => void } | null = null
let status = IDLE
let version = 0
let train: ReturnType<typeof createTrainingClient> | null = null
const resultListeners = new Set<() => void>()
const statusListeners = new Set<() => void>()

const setStatus = (next: Partial<TrainingStatus>) => {
  status = { ...status, ...next }
  for (const l of statusListeners) l()
}
const resultsChanged = () => {
  version++
  for (const l of resultListeners) l() // the catalog listens: the figures derive theirs again
}

function next() {
  if (running) return
  const job = queue.pop() // newest first: what the reader looks at now
  if (!job) {
    if (status.runs > 0 || status.current > 0) setStatus({ runs: 0, done: 0, current: 0 })
    return
  }
  const onProgress = (done: number, total: number) =>
    setStatus({ current: total ? done / total : 1 })
  const handle = (train ??= createTrainingClient({ resolveModel: getModel }))(
    job.request,
    onProgress,
  )
  running = { key: job.key, cancel: handle.cancel }
  handle.promise.then(
    (trajectory) => {
      trained.set(job.key, trajectory)
      if (trained.size > CACHE_SIZE) trained.delete(trained.keys().next().value as string)
      finish(job.key, null)
    },
    (e: unknown) => {
      if (e instanceof TrainingCancelled) return
      finish(job.key, e instanceof Error ? e.message : String(e))
    },
  )
}

function finish(key: string, error: string | null) {
  if (running?.key === key) running = null
  if (error !== null) failed.add(key)
  setStatus({ done: status.done + 1, current: 0, ...(error !== null ? { error } : {}) })
  resultsChanged()
  next()
}

/**
 * The trained run for a request, or null when it is not trained yet: then it is queued (once),
 * and the figures hear from `trainingResults` when it is ready.
 */
export function trainedRun(request: TrainingRequest): ModelTrajectory | null {
  const key = trainingKey(request)
  const hit = trained.get(key)
  if (hit) return hit
  if (failed.has(key) || stopped.has(key)) return null
  if (status.isCancelled) {
    // A changed setting after a cancel: train again, the other runs too as they are asked for.
    stopped.clear()
    setStatus({ isCancelled: false, error: null })
  }
  if (running?.key === key || queue.some((j) => j.key === key)) return null
  queue.push({ key, request })
  if (queue.length > MAX_QUEUED) queue.shift()
  setStatus({ runs: status.runs + 1 })
  queueMicrotask(next)
  return null
}

/** Stops every run in training or waiting; they keep their start until a setting changes. */
export function cancelTraining(): void {
  for (const job of queue.splice(0)) stopped.add(job.key)
  if (running) {
    stopped.add(running.key)
    running.cancel()
    running = null
  }
  setStatus({ ...IDLE, isCancelled: true })
  resultsChanged()
}

/** For the results sources: the version changes when a run has been trained (or given up). */
export const trainingResults = {
  subscribe(listener: () => void) {
    resultListeners.add(listener)
    return () => void resultListeners.delete(listener)
  },
  version: () => version,
}

/** For the status line (useSyncExternalStore). */
export const trainingStatus = {
  subscribe(listener: () => void) {
    statusListeners.add(listener)
    return () => void statusListeners.delete(listener)
  },
  get: () => status,
}

/** Forgets every trained run and status (tests). */
export function resetTraining(): void {
  cancelTraining()
  trained.clear()
  stopped.clear()
  failed.clear()
  status = IDLE
}

/**
 * A model run for the deriver: trained at once while the figure's `budget` of steps lasts, else
 * from the cache or queued (then, until it is ready, just the start and isTraining).
 */
export function modelRun(
  model: Model,
  options: RunOptions,
  shared: { batch?: number; seed?: number; runCount: number },
  budget: { steps: number },
): { trajectory: Trajectory; isTraining: boolean } {
  const plan = planTraining(model, options.steps, shared.batch, shared.runCount)
  const { steps: _steps, ...rest } = options // eslint-disable-line @typescript-eslint/no-unused-vars
  const modelOptions: ModelRunOptions = {
    ...rest,
    epochs: plan.epochs,
    ...(shared.batch ? { batchSize: plan.batchSize } : {}),
    seed: shared.seed ?? 1,
  }
  const cost = plan.epochs * plan.stepsPerEpoch
  if (cost <= budget.steps) {
    budget.steps -= cost
    return { trajectory: runModelTrajectory(model, modelOptions), isTraining: false }
  }
  const request: TrainingRequest = { modelId: model.id, options: modelOptions }
  const trained = trainedRun(request)
  if (trained) return { trajectory: trained, isTraining: false }
  return { trajectory: createModelTrainer(model, modelOptions).result(), isTraining: true }
}
