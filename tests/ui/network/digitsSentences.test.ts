import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { EpochRun } from '../../../src/ui/models/epochSeries'
import { catchUpSentence, planeSentence } from '../../../src/ui/network/digitsSentences'

const run = (label: string, losses: number[], hasDiverged = false): EpochRun => ({
  id: label,
  label,
  color: '#000',
  hasDiverged,
  epochs: losses.map((trainLoss, epoch) => ({
    epoch,
    step: epoch,
    trainLoss,
    testLoss: trainLoss,
    testAccuracy: 0.9,
  })),
})

describe('the plane sentence', () => {
  test('states the share and that distances off the plane are not shown', () => {
    expect(planeSentence(0.977)).toBe(
      "The plane shown holds 98 % of the variance of the runs' weight snapshots (most of how they move): the paths are their shadows on it, and distances off the plane are not shown.",
    )
    expect(planeSentence(0.3)).toMatch(/holds 30 % .*only a small part/)
  })
})

describe('the catch-up sentence', () => {
  test('names the epoch in which the leader first reached the other run’s final loss', () => {
    const gd = run('Gradient descent', [2.3, 1.0, 0.5, 0.3])
    const hb = run('Momentum 0.9', [2.3, 0.4, 0.1, 0.05])
    expect(catchUpSentence([gd, hb], 3)).toBe(
      "Momentum 0.9 was down to gradient descent's final training loss (0.30) by epoch 2 of 3.",
    )
  })
  test('says nothing about a single or diverged run', () => {
    expect(catchUpSentence([run('A', [1, 0.5])], 1)).toBe('')
    expect(catchUpSentence([run('A', [1, 0.5]), run('B', [1], true)], 1)).toBe('')
  })
  test('property: the named epoch is the first at which the leader’s loss is at most the other’s final', () => {
    const losses = fc.array(fc.double({ min: 1e-3, max: 10, noNaN: true }), {
      minLength: 2,
      maxLength: 12,
    })
    fc.assert(
      fc.property(losses, losses, (a, b) => {
        const n = Math.min(a.length, b.length)
        const [ra, rb] = [run('A', a.slice(0, n)), run('B', b.slice(0, n))]
        const text = catchUpSentence([ra, rb], n - 1)
        const [leader, other] = (a[n - 1] as number) <= (b[n - 1] as number) ? [ra, rb] : [rb, ra]
        const target = other.epochs.at(-1)!.trainLoss
        const first = leader.epochs.find((e) => e.trainLoss <= target)!.epoch
        expect(text).toContain(`${leader.label} was down to`)
        expect(text).toContain(`by epoch ${first} of ${n - 1}`)
      }),
    )
  })
})
