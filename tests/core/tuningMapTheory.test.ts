// The map against the theory of quadratics: the optimum pair and the stability edge on the ravine.
import { beforeAll, describe, expect, test } from 'vitest'
import {
  convergedAt,
  getSurface,
  heavyBallRate,
  quadraticTheory,
  runTrajectory,
} from '../../src/core'
import { cellAt, computeTuningMap, type TuningMap } from '../../src/core/tuningMap'
import type { TuningRule } from '../../src/core/tuningMapAxes'
import { bestCell, bestLrForMomentum, nearestRow } from '../../src/core/tuningMapQuery'
import { predictedRate, stabilityEdgeLr, tuningMapTheory } from '../../src/core/tuningMapTheory'
import { loadSurfaces } from '../fixtures/reference'

const ravine = getSurface('ravine')!
const reference = loadSurfaces().find((s) => s.id === 'ravine')!.quadratic!
const maps = {} as Record<TuningRule, TuningMap>
const mapOptions = { start: [-8, 1] as const, steps: 1000, lrCount: 60, momentumCount: 60 }

beforeAll(() => {
  for (const rule of ['heavy-ball', 'nesterov', 'ema'] as const)
    maps[rule] = computeTuningMap(ravine, { ...mapOptions, rule })
}, 60_000)

describe('the tuning map of the default ravine (60 × 60, 1000 steps)', () => {
  test('the best cell is near the optimal pair lr* = 4/(√L+√μ)², β* = ((√κ−1)/(√κ+1))²', () => {
    const best = bestCell(maps['heavy-ball'])!
    // Theory optimises the asymptotic rate; steps to reach 1e-3 also count the transient, so the
    // fastest cell sits near, not exactly on, the optimum: within a factor 1.5 in lr, 0.1 in β.
    expect(best.lr / reference.momentumBestLr).toBeGreaterThan(1 / 1.5)
    expect(best.lr / reference.momentumBestLr).toBeLessThan(1.5)
    expect(Math.abs(best.momentum - reference.momentumBestMomentum)).toBeLessThan(0.1)
  })

  test('tuned momentum beats tuned GD by about √κ = 10 (at least 5×)', () => {
    const map = maps['heavy-ball']
    const gdBest = cellAt(map, 0, map.lrs.indexOf(bestLrForMomentum(map, 0)!))!
    expect(bestCell(map)!.convergedAt! * 5).toBeLessThan(gdBest.convergedAt!)
  })

  test('tuned GD runs at about 2/(L+μ), the lr of its best rate (within one cell)', () => {
    const map = maps['heavy-ball']
    const step = Math.log(map.lrs[1]! / map.lrs[0]!)
    const lr = bestLrForMomentum(map, 0)!
    expect(Math.abs(Math.log(lr / reference.gdBestLr))).toBeLessThanOrEqual(step)
  })

  // First diverged column vs the first column at or past the edge, for rows across the axis.
  test.for([
    { rule: 'heavy-ball', edge: '2(1+β)/L' },
    { rule: 'nesterov', edge: '2(1+β)/((1+2β)L)' },
    { rule: 'ema', edge: '2(1+β)/((1−β)L)' },
  ] as const)('the $rule map diverges from lr = $edge on, within one cell', ({ rule }) => {
    const map = maps[rule]
    const cols = map.lrs.length
    let checked = 0
    for (const momentum of [0, 0.3, 0.6, 0.9, 0.95, 0.99, 0.999]) {
      const row = nearestRow(map, momentum)
      const edge = stabilityEdgeLr(rule, map.momenta[row]!, 100)
      const edgeCol = map.lrs.findIndex((lr) => lr >= edge)
      if (edgeCol < 0) continue // the edge lies beyond the axis: the whole row is stable
      const firstDiverged = Array.from({ length: cols }, (_, col) => col).find(
        (col) => cellAt(map, row, col)!.status === 'diverged',
      )
      expect(Math.abs(firstDiverged! - edgeCol), `β=${map.momenta[row]}`).toBeLessThanOrEqual(1)
      // and nothing below the edge diverges
      for (let col = 0; col < edgeCol - 1; col++)
        expect(cellAt(map, row, col)!.status).not.toBe('diverged')
      checked++
    }
    expect(checked).toBeGreaterThanOrEqual(4)
  })
})

describe('bestLrForMomentum', () => {
  test('is the fastest lr of the nearest row, as individual runs find it', () => {
    const map = maps['heavy-ball']
    for (const momentum of [0.5, 0.9]) {
      const row = nearestRow(map, momentum)
      let best: { lr: number; steps: number } | null = null
      for (const lr of map.lrs) {
        const t = runTrajectory(ravine, {
          start: [-8, 1],
          lr,
          momentum: map.momenta[row]!,
          steps: 1000,
        })
        const steps = convergedAt(t.points, ravine.minima, t.divergedAt)
        if (steps !== null && (best === null || steps < best.steps)) best = { lr, steps }
      }
      expect(best).not.toBeNull()
      // Ties resolve by final loss inside the map, so only require the same number of steps.
      const lr = bestLrForMomentum(map, momentum)!
      const j = map.lrs.indexOf(lr)
      expect(cellAt(map, row, j)!.convergedAt).toBe(best!.steps)
    }
  })

  test('picks the row nearest the momentum, and is null when nothing there converges', () => {
    const map = maps['heavy-ball']
    expect(map.momenta[nearestRow(map, 0.9)]! - 0.9).toBeLessThan(0.01)
    expect(nearestRow(map, 2)).toBe(map.momenta.length - 1)
    // β = 0.999 with lr ≤ 8/L needs far more than 1000 steps along the valley.
    expect(bestLrForMomentum(map, 0.999)).toBeNull()
  })
})

describe('theory overlay', () => {
  test('gives the reference numbers on the ravine and the edge for each row', () => {
    const theory = tuningMapTheory(ravine, maps['heavy-ball'])!
    expect(theory.gdStableBelowLr).toBeCloseTo(reference.gdStableBelowLr, 9)
    expect(theory.gdBest.lr).toBeCloseTo(reference.gdBestLr, 9)
    expect(theory.optimum!.lr).toBeCloseTo(reference.momentumBestLr, 9)
    expect(theory.optimum!.momentum).toBeCloseTo(reference.momentumBestMomentum, 9)
    expect(theory.optimum!.rate).toBeCloseTo(reference.momentumBestRate, 9)
    expect(theory.edgeLrs[0]).toBeCloseTo(0.02, 12)
    expect(theory.edgeLrs.length).toBe(60)
  })

  test('the moving-average optimum is the same path: lr*/(1−β*)', () => {
    const ema = tuningMapTheory(ravine, maps.ema)!.optimum!
    expect(ema.lr * (1 - ema.momentum)).toBeCloseTo(reference.momentumBestLr, 9)
  })

  test('is null on surfaces without a quadratic form', () => {
    const rosenbrock = getSurface('rosenbrock')!
    const map = computeTuningMap(rosenbrock, {
      ...mapOptions,
      rule: 'heavy-ball',
      lrCount: 2,
      momentumCount: 2,
      steps: 5,
    })
    expect(tuningMapTheory(rosenbrock, map)).toBeNull()
  })

  test('predicted rates: heavy ball is heavyBallRate, each rule reaches 1 at its own edge', () => {
    const { mu, L } = quadraticTheory(ravine.quadratic!)
    expect(predictedRate('heavy-ball', 0.03, 0.7, mu, L)).toBe(heavyBallRate(0.03, 0.7, mu, L))
    expect(predictedRate('nesterov', 0.01, 0, mu, L)).toBeCloseTo(1 - 0.01, 12) // plain GD
    for (const rule of ['heavy-ball', 'nesterov', 'ema'] as const)
      for (const momentum of [0, 0.5, 0.9]) {
        const edge = stabilityEdgeLr(rule, momentum, L)
        expect(predictedRate(rule, edge * 0.99, momentum, mu, L)).toBeLessThan(1)
        expect(predictedRate(rule, edge * 1.01, momentum, mu, L)).toBeGreaterThan(1)
      }
  })
})
