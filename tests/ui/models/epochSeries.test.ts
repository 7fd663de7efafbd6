// The pure helpers behind the training charts.
import { describe, expect, test } from 'vitest'
import type { EpochStats } from '../../../src/core/models'
import {
  cursorEpoch,
  formatLoss,
  trainingSummary,
  type EpochRun,
  thinLine,
} from '../../../src/ui/models/epochSeries'

const stats = (epoch: number, trainLoss: number, testAccuracy: number | null): EpochStats => ({
  epoch,
  step: epoch * 5,
  trainLoss,
  testLoss: trainLoss + 0.1,
  testAccuracy,
})
const run = (
  label: string,
  losses: number[],
  acc: number | null,
  hasDiverged = false,
): EpochRun => ({
  id: label,
  label,
  color: '#000',
  epochs: losses.map((l, e) => stats(e, l, acc)),
  hasDiverged,
})

describe('epoch helpers', () => {
  test.for([
    [null, 5, 30, null],
    [0, 5, 30, 0],
    [4, 5, 30, 0],
    [5, 5, 30, 1],
    [149, 5, 30, 29],
    [150, 5, 30, 30],
    [9999, 5, 30, 30],
    [7, 1, 30, 7],
  ] as const)('step %s with %s steps an epoch of %s is epoch %s', ([step, per, epochs, want]) => {
    expect(cursorEpoch(step, per, epochs)).toBe(want)
  })

  test('losses read with two significant digits, whole from 100', () => {
    expect(formatLoss(0.5)).toBe('0.50')
    expect(formatLoss(0.2449)).toBe('0.24')
    expect(formatLoss(37.4)).toBe('37')
    expect(formatLoss(1234.5)).toBe('1235')
    expect(formatLoss(NaN)).toBe('–')
  })

  test('the sentence names the lowest final loss first, and a diverged run last', () => {
    const runs = [
      run('Gradient descent', [0.7, 0.5], 0.83),
      run('Momentum 0.99', [0.7], 0.5, true),
      run('Momentum 0.9', [0.7, 0.24], 0.95),
    ]
    expect(trainingSummary(runs, 30)).toBe(
      'After 30 epochs, momentum 0.9 reached a training loss of 0.24 and 95 % test accuracy; ' +
        'gradient descent 0.50 and 83 %; momentum 0.99 diverged in epoch 1.',
    )
  })

  test('regression runs report the test loss', () => {
    expect(trainingSummary([run('Gradient descent', [90, 40], null)], 1)).toBe(
      'After 1 epoch, gradient descent reached a training loss of 40 and a test loss of 40.',
    )
  })
})

describe('thinLine', () => {
  test('keeps per half-pixel column the first, lowest, highest and last point, in order', () => {
    const points = Array.from({ length: 2001 }, (_, e) => [e, Math.cos(e) + e / 100] as const)
    const px = (e: number) => (e / 2000) * 270
    const kept = thinLine(points, px)
    expect(kept.length).toBeLessThan(4 * 541)
    expect(kept.length).toBeLessThan(points.length)
    expect(kept[0]).toBe(points[0])
    expect(kept.at(-1)).toBe(points.at(-1))
    for (let i = 1; i < kept.length; i++) expect(kept[i]![0]).toBeGreaterThan(kept[i - 1]![0])
    // Every column's extremes survive: the thinned line spans the same values.
    const values = (ps: readonly (readonly [number, number])[]) => ps.map(([, v]) => v)
    expect(Math.min(...values(kept))).toBe(Math.min(...values(points)))
    expect(Math.max(...values(kept))).toBe(Math.max(...values(points)))
  })

  test('leaves a line with a point every few pixels alone', () => {
    const points = Array.from({ length: 31 }, (_, e) => [e, 1 / (1 + e)] as const)
    expect(thinLine(points, (e) => e * 9)).toEqual(points)
  })
})
