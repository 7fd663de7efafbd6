// Model training off the main thread: the worker path (a fake port running the real handler),
// the sliced main-thread fallback, progress, cancel, and the cap on total training steps.
import { describe, expect, test } from 'vitest'
import {
  createModelTrainer,
  getModel,
  MAX_TRAINING_STEPS,
  planTraining,
  runModelTrajectory,
  type ModelRunOptions,
} from '../../src/core/models'
import { createTrainingClient, TrainingCancelled } from '../../src/workers/trainingClient'
import { createTrainingHandler } from '../../src/workers/trainingHandler'
import type {
  FromTrainingWorker,
  ToTrainingWorker,
  TrainingRequest,
} from '../../src/workers/trainingProtocol'
import { fakeWorker } from '../fixtures/fakeWorker'

const model = getModel('logreg')!
const options: ModelRunOptions = {
  start: model.surface.defaultStart,
  lr: 0.1,
  momentum: 0.9,
  rule: 'heavy-ball',
  nesterov: false,
  epochs: 12,
  batchSize: 20,
  seed: 3,
}
const request: TrainingRequest = { modelId: 'logreg', options }
const resolveModel = (id: string) => getModel(id)
const trainingWorker = (log: ToTrainingWorker[]) =>
  fakeWorker<ToTrainingWorker, FromTrainingWorker>(log, (post) =>
    createTrainingHandler(post, resolveModel, 1),
  )

describe('the cap on training', () => {
  test('the issue’s link (batch 1, 2000 epochs, 6 runs) trains 10 epochs, and says it was capped', () => {
    const plan = planTraining(model, 2000, 1, 6)
    expect(plan).toEqual({ epochs: 10, stepsPerEpoch: 200, batchSize: 1, cappedFrom: 2000 })
    expect(plan.epochs * plan.stepsPerEpoch * 6).toBeLessThanOrEqual(MAX_TRAINING_STEPS)
  })

  test('full batch within the cap is not capped; every extreme keeps at least one epoch', () => {
    expect(planTraining(model, 2000, 0, 6)).toMatchObject({ epochs: 2000, cappedFrom: null })
    expect(planTraining(model, 2000, 0, 7).cappedFrom).toBe(2000) // 7 × 2000 > 12,000
    expect(planTraining(model, 2000, 1000, 6)).toMatchObject({ batchSize: 200, stepsPerEpoch: 1 })
    expect(planTraining(model, 2000, 1, 6, 10).epochs).toBe(1)
    expect(planTraining(model, 1, 1, 1).cappedFrom).toBeNull()
  })

  test('an epoch at a time gives exactly the run trained at once', () => {
    const trainer = createModelTrainer(model, options)
    expect(trainer.result().points).toHaveLength(1) // before any epoch: the start only
    let epochs = 0
    while (trainer.trainEpoch()) epochs++
    expect(epochs).toBe(options.epochs - 1) // the last epoch returns false: nothing left
    expect(trainer.result()).toEqual(runModelTrajectory(model, options))
  })
})

describe('training client', () => {
  test('a worker trains the run, reports progress, and the result is the core’s', async () => {
    const log: ToTrainingWorker[] = []
    const train = createTrainingClient({ createWorker: () => trainingWorker(log), resolveModel })
    const progress: number[] = []
    const trajectory = await train(request, (done) => progress.push(done)).promise
    expect(trajectory).toEqual(runModelTrajectory(model, options))
    expect(log.filter((m) => m.type === 'compute')).toHaveLength(1)
    expect(progress.at(-1)).toBe(options.epochs)
    expect(progress.length).toBeGreaterThan(1) // in slices, not one long task
  })

  test('without a worker it trains on the main thread in slices, with the same result', async () => {
    const train = createTrainingClient({
      createWorker: () => null,
      resolveModel,
      mainThreadSliceMs: 0,
    })
    const progress: number[] = []
    const handle = train(request, (done) => progress.push(done))
    expect(progress).toEqual([]) // nothing ran synchronously
    expect(await handle.promise).toEqual(runModelTrajectory(model, options))
    expect(progress).toEqual(Array.from({ length: options.epochs }, (_, i) => i + 1))
  })

  test('cancel rejects with TrainingCancelled and tells the worker to stop', async () => {
    const log: ToTrainingWorker[] = []
    const train = createTrainingClient({ createWorker: () => trainingWorker(log), resolveModel })
    const handle = train({ ...request, options: { ...options, epochs: 2000, batchSize: 1 } })
    handle.cancel()
    await expect(handle.promise).rejects.toBeInstanceOf(TrainingCancelled)
    expect(log.map((m) => m.type)).toEqual(['compute', 'cancel'])
  })

  test('a request the worker refuses rejects with its reason', async () => {
    const train = createTrainingClient({ createWorker: () => trainingWorker([]), resolveModel })
    await expect(train({ ...request, modelId: 'nope' }).promise).rejects.toThrow('unknown model')
    const bad = { ...request, options: { ...options, epochs: 1e9 } }
    await expect(train(bad).promise).rejects.toThrow('epochs out of range')
  })
})
