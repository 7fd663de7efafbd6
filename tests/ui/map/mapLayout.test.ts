import { describe, expect, test } from 'vitest'
import { createTuningMap, getSurface } from '../../../src/core'
import { stepsPosition, viridis } from '../../../src/ui/map/mapColors'
import {
  lrIndex,
  mapFrame,
  momentumIndex,
  moveCursor,
  MAP_VIEW,
} from '../../../src/ui/map/mapLayout'

const ravine = getSurface('ravine')!
const map = createTuningMap(ravine, {
  start: [-8, 1],
  rule: 'heavy-ball',
  steps: 600,
  lrCount: 60,
  momentumCount: 60,
})

describe('map layout', () => {
  test('each axis value lands on its own index; log-midpoints halfway between', () => {
    map.lrs.forEach((lr, j) => expect(lrIndex(map, lr)).toBeCloseTo(j, 9))
    map.momenta.forEach((m, i) => expect(momentumIndex(map, m)).toBeCloseTo(i, 9))
    const mid = Math.sqrt(map.lrs[10]! * map.lrs[11]!)
    expect(lrIndex(map, mid)).toBeCloseTo(10.5, 9)
  })

  test('plain GD’s edge 2/L sits where the log axis puts it', () => {
    // Axis 0.0004 … 0.08 over 59 steps: 0.02 is log(50)/log(200) of the way.
    expect(lrIndex(map, 0.02)).toBeCloseTo((59 * Math.log(50)) / Math.log(200), 9)
    // Beyond the ends the slope carries on (curves leave the map, then get clipped).
    expect(lrIndex(map, 0.16)).toBeCloseTo(59 + (59 * Math.log(2)) / Math.log(200), 9)
  })

  test('a cell’s centre maps back to that cell; outside the cells is null', () => {
    const f = mapFrame(60, 60)
    for (const [row, col] of [
      [0, 0],
      [59, 59],
      [17, 42],
      [59, 0],
    ] as const)
      expect(f.cellAtPoint(f.x(col), f.y(row))).toEqual({ row, col })
    expect(f.y(0)).toBeGreaterThan(f.y(59)) // momentum grows upwards
    expect(f.cellAtPoint(2, 2)).toBeNull()
    expect(f.cellAtPoint(MAP_VIEW.width - 1, MAP_VIEW.height / 2)).toBeNull()
  })

  test('keys move the cursor within the grid', () => {
    const at = { row: 5, col: 5 }
    expect(moveCursor(at, 'ArrowUp', 60, 60)).toEqual({ row: 6, col: 5 })
    expect(moveCursor(at, 'ArrowLeft', 60, 60)).toEqual({ row: 5, col: 4 })
    expect(moveCursor(at, 'Home', 60, 60)).toEqual({ row: 5, col: 0 })
    expect(moveCursor(at, 'End', 60, 60)).toEqual({ row: 5, col: 59 })
    expect(moveCursor(at, 'PageUp', 60, 60)).toEqual({ row: 15, col: 5 })
    expect(moveCursor(at, 'PageDown', 60, 60)).toEqual({ row: 0, col: 5 })
    expect(moveCursor({ row: 0, col: 0 }, 'ArrowDown', 60, 60)).toEqual({ row: 0, col: 0 })
    expect(moveCursor(at, 'x', 60, 60)).toBeNull()
  })
})

describe('map colours', () => {
  test('viridis runs from dark purple to yellow', () => {
    expect(viridis(0)).toBe('#440154')
    expect(viridis(1)).toBe('#fde725')
    expect(viridis(-3)).toBe('#440154')
    expect(viridis(Number.NaN)).toBe('#440154')
  })

  test('fewer steps sit brighter, on a log scale', () => {
    expect(stepsPosition(48, 48, 600)).toBe(1)
    expect(stepsPosition(600, 48, 600)).toBe(0)
    expect(stepsPosition(Math.sqrt(48 * 600), 48, 600)).toBeCloseTo(0.5, 9)
    expect(stepsPosition(100, 48, 600)).toBeGreaterThan(stepsPosition(200, 48, 600))
    expect(stepsPosition(7, 7, 7)).toBe(1)
  })
})
