import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { runTrajectory, type Vec2 } from '../../../src/core'
import {
  getModel,
  makePassData,
  makeScoreData,
  modelSurfaceIds,
  mulberry32,
  runModelTrajectory,
  shuffleInPlace,
} from '../../../src/core/models'

const models = modelSurfaceIds.map((id) => getModel(id)!)
const linreg = getModel('linreg')!
const logreg = getModel('logreg')!

describe('full batch', () => {
  test('gives exactly runTrajectory’s points, losses and velocities', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.double({ min: 0.05, max: 1.9, noNaN: true }),
        fc.constantFrom(0, 0.5, 0.9),
        fc.constantFrom('heavy-ball', 'nesterov', 'ema'),
        fc.integer({ min: 0, max: 60 }),
        (model, lrTimesL, momentum, rule, epochs) => {
          const s = model.surface
          const lr = lrTimesL / s.minima[0]!.hessianEigenvalues[1]
          const o = {
            start: s.defaultStart,
            lr,
            momentum,
            nesterov: rule === 'nesterov',
            rule: rule === 'ema' ? ('ema' as const) : ('heavy-ball' as const),
          }
          const run = runModelTrajectory(model, { ...o, epochs })
          const ref = runTrajectory(s, { ...o, steps: epochs })
          expect(run.points).toEqual(ref.points)
          expect(run.losses).toEqual(ref.losses)
          expect(run.velocities).toEqual(ref.velocities)
          expect(run.divergedAt).toBe(ref.divergedAt)
          expect(run.stepsPerEpoch).toBe(1)
          expect(run.epochs.map((e) => e.step)).toEqual(ref.points.map((_, k) => k))
        },
      ),
      { numRuns: 60 },
    )
  })

  test('matches heavy ball written out over the raw data (MSE gradient summed by hand)', () => {
    const { train } = makeScoreData()
    const n = train.x.length
    const [lr, momentum, steps] = [0.03, 0.9, 200]
    const run = runModelTrajectory(linreg, { start: [0, 45], lr, momentum, epochs: steps })
    // torch.optim.SGD: buf = g at step 1, then buf = β·buf + g; w ← w − lr·buf.
    let [w, b] = [0, 45]
    let buf: Vec2 | null = null
    const expected: Vec2[] = [[w, b]]
    for (let k = 0; k < steps; k++) {
      let [gw, gb] = [0, 0]
      for (let i = 0; i < n; i++) {
        const r = w * train.x[i]! + b - train.y[i]!
        gw += (2 / n) * r * train.x[i]!
        gb += (2 / n) * r
      }
      buf = buf === null ? [gw, gb] : [momentum * buf[0] + gw, momentum * buf[1] + gb]
      ;[w, b] = [w - lr * buf[0], b - lr * buf[1]]
      expected.push([w, b])
    }
    expect(run.points).toHaveLength(steps + 1)
    run.points.forEach(([x, y], k) => {
      const [ex, ey] = expected[k]!
      expect(Math.abs(x - ex), `step ${k}`).toBeLessThan(1e-9 * (1 + Math.abs(ex)))
      expect(Math.abs(y - ey), `step ${k}`).toBeLessThan(1e-9 * (1 + Math.abs(ey)))
    })
  })
})

describe('mini-batches', () => {
  const options = { start: [-0.5, 1] as Vec2, lr: 0.1, momentum: 0.9, epochs: 8, batchSize: 40 }

  test('the same seed gives an identical run, another seed a different one', () => {
    const a = runModelTrajectory(logreg, { ...options, seed: 3 })
    expect(runModelTrajectory(logreg, { ...options, seed: 3 })).toEqual(a)
    expect(runModelTrajectory(logreg, { ...options, seed: 4 }).points).not.toEqual(a.points)
  })

  test('match plain SGD written out: one shuffle per epoch, cross-entropy gradient by hand', () => {
    const { train } = makePassData()
    const run = runModelTrajectory(logreg, { ...options, momentum: 0, seed: 9 })
    const rand = mulberry32(9)
    const order = train.x.map((_, i) => i)
    let [w, b] = options.start
    const expected: Vec2[] = [[w, b]]
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffleInPlace(order, rand)
      for (let s = 0; s < 200; s += 40) {
        let [gw, gb] = [0, 0]
        for (const i of order.slice(s, s + 40)) {
          const r = 1 / (1 + Math.exp(-(w * train.x[i]! + b))) - train.y[i]!
          gw += r * train.x[i]!
          gb += r
        }
        ;[w, b] = [w - (options.lr * gw) / 40, b - (options.lr * gb) / 40]
        expected.push([w, b])
      }
    }
    expect(run.points).toHaveLength(expected.length)
    run.points.forEach(([x, y], k) => {
      expect(x).toBeCloseTo(expected[k]![0], 10)
      expect(y).toBeCloseTo(expected[k]![1], 10)
    })
  })

  test('differ from full batch, and a last short batch still counts as a step', () => {
    const full = runModelTrajectory(logreg, { ...options, batchSize: 200 })
    const mini = runModelTrajectory(logreg, options)
    expect(mini.points.length).toBe(1 + 5 * options.epochs)
    expect(mini.points).not.toEqual(full.points)
    const odd = runModelTrajectory(logreg, { ...options, batchSize: 30 })
    expect(odd.stepsPerEpoch).toBe(7) // 6 batches of 30 and one of 20
    expect(odd.epochs.map((e) => e.step)).toEqual([0, 7, 14, 21, 28, 35, 42, 49, 56])
  })

  test('record per epoch the full train loss, test loss and (for classification) accuracy', () => {
    const run = runModelTrajectory(logreg, options)
    expect(run.epochs).toHaveLength(options.epochs + 1)
    for (const e of run.epochs) {
      const w = run.points[e.step]!
      expect(e.trainLoss).toBe(logreg.surface.f(w[0], w[1]))
      expect(e.testLoss).toBe(logreg.loss(logreg.test, w))
      expect(e.testAccuracy).toBe(logreg.accuracy!(logreg.test, w))
    }
    const reg = runModelTrajectory(linreg, { start: [0, 45], lr: 0.01, momentum: 0, epochs: 2 })
    expect(reg.epochs.every((e) => e.testAccuracy === null)).toBe(true)
  })
})

test('a diverging run stops, reports divergedAt and never outputs a non-finite number', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...models),
      fc.double({ min: 4, max: 1e4, noNaN: true }),
      fc.constantFrom(undefined, 5, 40),
      (model, lrTimesL, batchSize) => {
        // lr·L ≥ 4 > 2(1 + β) makes heavy ball unstable on the quadratic MSE, so it must diverge;
        // the cross-entropy's gradient is bounded, so there a run may just wander (but stay finite).
        const lr = lrTimesL / model.surface.minima[0]!.hessianEigenvalues[1]
        const base = { start: model.surface.defaultStart, lr, momentum: 0.9, epochs: 40 }
        const run = runModelTrajectory(model, batchSize ? { ...base, batchSize } : base)
        if (model.task === 'regression') expect(run.divergedAt).not.toBeNull()
        if (run.divergedAt !== null) expect(run.points).toHaveLength(run.divergedAt)
        const numbers = [
          ...run.points.flat(),
          ...run.losses,
          ...run.velocities.flat(),
          ...run.epochs.flatMap((e) => [e.trainLoss, e.testLoss, e.testAccuracy ?? 0]),
        ]
        expect(numbers.every(Number.isFinite)).toBe(true)
      },
    ),
    { numRuns: 40 },
  )
})
