import { describe, expect, test } from 'vitest'
import { convergedAt, quadraticTheory, runTrajectory } from '../../../src/core'
import {
  getModel,
  runModelTrajectory,
  scalingPartner,
  trainingPreset as preset,
} from '../../../src/core/models'

describe('the "Training a real model" preset', () => {
  const model = getModel(preset.surface)!
  const [gd, momentum] = [0, 0.9].map((m) =>
    runModelTrajectory(model, {
      start: preset.start,
      lr: preset.lr,
      momentum: m,
      epochs: preset.epochs,
      batchSize: preset.batchSize,
      seed: preset.seed,
    }),
  )
  const last = (r: typeof gd) => r!.epochs[preset.epochs]!

  test('compares plain GD with momentum on a classifier, with the start on the surface view', () => {
    expect(preset.momenta).toEqual([0, 0.9])
    expect(model.task).toBe('classification')
    expect(gd!.divergedAt).toBeNull()
    expect(momentum!.divergedAt).toBeNull()
    expect(preset.start).toEqual(model.surface.defaultStart)
  })

  test('momentum ends with a lower training loss than plain GD after the same epochs', () => {
    expect(last(momentum).trainLoss).toBeLessThan(last(gd).trainLoss)
  })

  test('and a test accuracy at least as high', () => {
    expect(last(momentum).testAccuracy!).toBeGreaterThanOrEqual(last(gd).testAccuracy!)
  })

  test('the win is not luck of one shuffle: it holds for the next ten seeds too', () => {
    for (let seed = preset.seed + 1; seed <= preset.seed + 10; seed++) {
      const [g, m] = [0, 0.9].map(
        (mom) =>
          runModelTrajectory(model, { ...preset, momentum: mom, seed }).epochs[preset.epochs]!,
      )
      expect(m!.trainLoss, `seed ${seed}`).toBeLessThan(g!.trainLoss)
      expect(m!.testAccuracy!, `seed ${seed}`).toBeGreaterThanOrEqual(g!.testAccuracy!)
    }
  })
})

describe('feature scaling', () => {
  test('makes the linear-regression valley round: condition number from >100 to 1', () => {
    const raw = quadraticTheory(getModel('linreg')!.surface.quadratic!)
    const scaled = quadraticTheory(getModel('linreg-scaled')!.surface.quadratic!)
    expect(raw.conditionNumber).toBeGreaterThan(100)
    expect(scaled.conditionNumber).toBeCloseTo(1, 9)
  })

  test('shrinks the logistic-regression condition number at the minimum at least 50-fold', () => {
    const kappa = (id: string) => {
      const [mu, L] = getModel(id)!.surface.minima[0]!.hessianEigenvalues
      return L / mu
    }
    expect(kappa('logreg')).toBeGreaterThan(50 * kappa('logreg-scaled'))
  })

  test.for(['linreg', 'logreg'] as const)(
    '%s: plain GD at lr = 1/L converges in far fewer steps on the scaled feature',
    (id) => {
      const steps = (surfaceId: string) => {
        const s = getModel(surfaceId)!.surface
        const lr = 1 / s.minima[0]!.hessianEigenvalues[1]
        const run = runTrajectory(s, { start: s.defaultStart, lr, momentum: 0, steps: 2000 })
        return convergedAt(run.points, s.minima, run.divergedAt) ?? Infinity
      }
      const scaled = steps(scalingPartner(id))
      expect(scaled).toBeLessThan(200)
      expect(steps(id)).toBeGreaterThan(5 * scaled)
    },
  )

  test('on the raw feature plain GD zig-zags at the suggested rate, and momentum gets there first', () => {
    const s = getModel('linreg')!.surface
    const o = { start: s.defaultStart, lr: s.suggestedLr, steps: 1000 }
    const gd = runTrajectory(s, { ...o, momentum: 0 })
    const hb = runTrajectory(s, { ...o, momentum: 0.9 })
    // Zig-zag: the weight moves back and forth in the first steps.
    const dw = gd.points.slice(1, 8).map((p, k) => p[0] - gd.points[k]![0])
    for (let k = 1; k < dw.length; k++) expect(Math.sign(dw[k]!)).toBe(-Math.sign(dw[k - 1]!))
    const [tGd, tHb] = [gd, hb].map((r) => convergedAt(r.points, s.minima, r.divergedAt))
    expect(tHb).not.toBeNull()
    expect(tGd ?? Infinity).toBeGreaterThan(3 * tHb!)
  })
})
