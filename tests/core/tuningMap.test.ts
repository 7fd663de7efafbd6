// The tuning map's cells must be exactly what a single run reports: same steps, same divergence.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { convergedAt, finalLoss, getSurface, runTrajectory, type Surface } from '../../src/core'
import {
  cellAt,
  computeTuningMap,
  computeTuningMapRows,
  computedCells,
  createTuningMap,
  type TuningMap,
} from '../../src/core/tuningMap'
import { cellRunOptions, lrAxis, momentumAxis, type TuningRule } from '../../src/core/tuningMapAxes'
import { summarizeCell } from '../../src/core/tuningMapCell'

/** Every cell against runTrajectory + convergedAt; returns how many cells had each status. */
function expectCellsMatchRuns(surface: Surface, map: TuningMap) {
  const seen = { converged: 0, diverged: 0, 'not-converged': 0 }
  for (let row = 0; row < map.momenta.length; row++) {
    for (let col = 0; col < map.lrs.length; col++) {
      const cell = cellAt(map, row, col)!
      const o = cellRunOptions(map.rule, map.start, cell.lr, cell.momentum, map.steps)
      const t = runTrajectory(surface, o)
      const expected = {
        convergedAt: convergedAt(t.points, surface.minima, t.divergedAt),
        divergedAt: t.divergedAt,
        finalLoss: finalLoss(t.losses),
      }
      const got = {
        convergedAt: cell.convergedAt,
        divergedAt: cell.divergedAt,
        finalLoss: cell.finalLoss,
      }
      expect(got, `${surface.id} lr=${cell.lr} momentum=${cell.momentum}`).toEqual(expected)
      if (cell.status === 'pending') throw new Error('a cell was left pending')
      seen[cell.status]++
    }
  }
  return seen
}

const cases: { surface: string; rule: TuningRule; steps: number; lrRange?: [number, number] }[] = [
  { surface: 'ravine', rule: 'heavy-ball', steps: 400 },
  { surface: 'ravine', rule: 'nesterov', steps: 400 },
  { surface: 'ravine', rule: 'ema', steps: 400 },
  { surface: 'rosenbrock', rule: 'heavy-ball', steps: 1000 },
  // The default span of wells never diverges: widen it so every status shows up.
  { surface: 'wells', rule: 'heavy-ball', steps: 300, lrRange: [0.01, 30] },
]

describe('tuning map cells', () => {
  test.for(cases)('$surface $rule: each cell equals its runTrajectory', (c) => {
    const surface = getSurface(c.surface)!
    const map = computeTuningMap(surface, {
      start: surface.defaultStart,
      rule: c.rule,
      steps: c.steps,
      lrCount: 14,
      momentumCount: 12,
      ...(c.lrRange ? { lrRange: c.lrRange } : {}),
    })
    const seen = expectCellsMatchRuns(surface, map)
    // The check is only worth something if it saw every kind of cell.
    expect(seen.converged).toBeGreaterThan(0)
    expect(seen.diverged).toBeGreaterThan(0)
    expect(seen['not-converged']).toBeGreaterThan(0)
  })

  test('summarizeCell equals runTrajectory + convergedAt for random runs on every surface', () => {
    const ids = ['ravine', 'rotated-ravine', 'rosenbrock', 'himmelblau', 'beale', 'saddle', 'wells']
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom<TuningRule>('heavy-ball', 'nesterov', 'ema'),
        fc.double({ min: -3, max: 0.5, noNaN: true }),
        fc.constantFrom(0, 0.3, 0.9, 0.99),
        fc.integer({ min: 0, max: 300 }),
        (id, rule, logLr, momentum, steps) => {
          const surface = getSurface(id)!
          const lr = surface.suggestedLr * 10 ** logLr
          const o = cellRunOptions(rule, surface.defaultStart, lr, momentum, steps)
          const t = runTrajectory(surface, o)
          expect(summarizeCell(surface, o)).toEqual({
            convergedAt: convergedAt(t.points, surface.minima, t.divergedAt),
            divergedAt: t.divergedAt,
            finalLoss: finalLoss(t.losses),
          })
        },
      ),
      { numRuns: 150 },
    )
  })

  // summarizeCell stops early once a step changes nothing; the answer must not change.
  test.for([
    { surface: 'saddle', start: [0, 0], momentum: 0.9, rule: 'heavy-ball' }, // stuck on the saddle
    { surface: 'wells', start: [2, 2], momentum: 0, rule: 'heavy-ball' }, // stalls at the minimum
    { surface: 'wells', start: [2, 2], momentum: 0.5, rule: 'nesterov' },
    { surface: 'wells', start: [-2, -1.5], momentum: 0.5, rule: 'ema' },
  ] as const)('a run that stalls ($surface from $start, $rule) matches runTrajectory', (c) => {
    const surface = getSurface(c.surface)!
    const o = cellRunOptions(c.rule, c.start, surface.suggestedLr, c.momentum, 3000)
    const t = runTrajectory(surface, o)
    const [a, b] = t.points.slice(-2)
    expect(a).toEqual(b) // the case does stall, so the early stop is exercised
    expect(summarizeCell(surface, o)).toEqual({
      convergedAt: convergedAt(t.points, surface.minima, t.divergedAt),
      divergedAt: t.divergedAt,
      finalLoss: finalLoss(t.losses),
    })
  })

  test('a run that starts at the minimum has converged at step 0', () => {
    const ravine = getSurface('ravine')!
    const o = cellRunOptions('heavy-ball', [0, 0], 0.01, 0.5, 10)
    expect(summarizeCell(ravine, o).convergedAt).toBe(0)
  })

  test('computing rows in slices gives the same map as one call', () => {
    const ravine = getSurface('ravine')!
    const o = {
      start: [-8, 1] as const,
      rule: 'heavy-ball' as const,
      steps: 200,
      lrCount: 9,
      momentumCount: 7,
    }
    const whole = computeTuningMap(ravine, o)
    const sliced = createTuningMap(ravine, o)
    expect(computedCells(sliced)).toBe(0)
    expect(cellAt(sliced, 0, 0)!.status).toBe('pending')
    computeTuningMapRows(sliced, ravine, 0, 3)
    expect(computedCells(sliced)).toBe(3 * 9)
    computeTuningMapRows(sliced, ravine, 3, 99) // clamped to the grid
    expect(sliced).toEqual(whole)
  })

  test('cellAt is null outside the grid', () => {
    const map = createTuningMap(getSurface('ravine')!, {
      start: [-8, 1],
      rule: 'heavy-ball',
      steps: 10,
      lrCount: 3,
      momentumCount: 2,
    })
    expect(cellAt(map, 2, 0)).toBeNull()
    expect(cellAt(map, 0, 3)).toBeNull()
    expect(cellAt(map, -1, 0)).toBeNull()
    expect(cellAt(map, 1, 2)).not.toBeNull()
  })
})

describe('tuning map axes', () => {
  test('learning rates are evenly spaced on a log axis between the bounds', () => {
    const lrs = lrAxis([0.001, 0.1], 5)
    expect(lrs[0]).toBeCloseTo(0.001, 15)
    expect(lrs[4]).toBeCloseTo(0.1, 15)
    for (let j = 1; j < 5; j++) expect(lrs[j]! / lrs[j - 1]!).toBeCloseTo(10 ** 0.5, 12)
  })

  test('momenta run from exactly 0 to 0.999, each step closer to 1 by the same factor', () => {
    const m = momentumAxis(61)
    expect(m[0]).toBe(0)
    expect(m[60]).toBe(0.999)
    expect(m[20]).toBeCloseTo(0.9, 12) // a third of the rows below 0.9
    expect(m[40]).toBeCloseTo(0.99, 12)
    for (let i = 1; i < 61; i++) {
      expect(m[i]).toBeGreaterThan(m[i - 1]!)
      expect((1 - m[i]!) / (1 - m[i - 1]!)).toBeCloseTo(10 ** -0.05, 12)
    }
  })
})
