import { describe, expect, test, vi } from 'vitest'
import {
  startNetworkTraining,
  trainNetwork,
  type NetworkRunOptions,
} from '../../../src/core/network'
import { digits } from '../../fixtures/digits'

// Real training runs: slow when the machine is shared, so more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 })

const { split } = digits()
const base: NetworkRunOptions = { lr: 0.05, momentum: 0.9, batchSize: 64, epochs: 2, seed: 1 }

describe('network training', () => {
  test('records every step, every epoch and the snapshots it promises', () => {
    const r = trainNetwork(split, { ...base, snapshotsPerEpoch: 3 })
    expect(r.stepsPerEpoch).toBe(Math.ceil(1347 / 64))
    expect(r.batchLosses).toHaveLength(r.totalSteps)
    expect(r.epochs.map((e) => e.epoch)).toEqual([0, 1, 2])
    expect(r.epochs[2]?.step).toBe(r.totalSteps)
    expect(r.snapshots).toHaveLength(1 + 2 * 3)
    expect(r.snapshotSteps.at(-1)).toBe(r.totalSteps)
    expect(r.divergedAt).toBeNull()
    // it learns: two epochs of momentum take the train loss well below chance
    expect(r.epochs[2]!.trainLoss).toBeLessThan(0.5 * r.epochs[0]!.trainLoss)
  })
  test('the same seed reproduces the run; another seed changes init and batch order', () => {
    const a = trainNetwork(split, base)
    expect(trainNetwork(split, base).batchLosses).toEqual(a.batchLosses)
    const b = trainNetwork(split, { ...base, seed: 2 })
    expect(b.batchLosses[0]).not.toBe(a.batchLosses[0])
  })
  test('GD and momentum from one seed start from the same weights and batches', () => {
    const gd = trainNetwork(split, { ...base, momentum: 0 })
    const hb = trainNetwork(split, base)
    expect(gd.snapshots[0]).toEqual(hb.snapshots[0])
    // step 1 is the same for both (torch seeds the buffer with the gradient), so is loss 2
    expect(gd.batchLosses.slice(0, 2)).toEqual(hb.batchLosses.slice(0, 2))
    expect(gd.batchLosses[2]).not.toBe(hb.batchLosses[2])
  })
  test('stopping part-way (cancel) leaves a consistent prefix; resuming ends as one go', () => {
    const t = startNetworkTraining(split, base)
    for (let k = 0; k < 10; k++) t.step()
    expect(t.stepsDone()).toBe(10)
    expect(t.record.batchLosses).toHaveLength(10)
    expect(t.record.epochs).toHaveLength(1)
    while (t.step());
    expect(t.step()).toBe(false)
    expect(t.record.batchLosses).toEqual(trainNetwork(split, base).batchLosses)
  })
  test('a learning rate far too large diverges and stops without recording the bad step', () => {
    const r = trainNetwork(split, { ...base, lr: 1e4 })
    expect(r.divergedAt).not.toBeNull()
    expect(r.batchLosses.every(Number.isFinite)).toBe(true)
    expect(r.epochs.every((e) => Number.isFinite(e.trainLoss))).toBe(true)
  })
})
