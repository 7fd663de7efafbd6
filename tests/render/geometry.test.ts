import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Vec2 } from '../../src/core'
import { DOT_RADIUS, dotsPath, linePath, markerPath } from '../../src/render/geometry'
import { makeScales } from '../../src/render/scales'

const scales = makeScales({ x: [-10, 10], y: [-5, 5] }, 640, 400)
const anyNumber = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308))

describe('path strings', () => {
  test('map surface points to pixels with one decimal', () => {
    expect(
      linePath(
        [
          [-10, 5],
          [0, 0],
          [10, -5],
        ],
        scales,
      ),
    ).toBe('M0,0L320,200L640,400')
    expect(dotsPath([[0, 0]], scales)).toMatch(/^M320,200m[^M]+z$/)
  })

  test('a dot is a closed regular octagon around its point', () => {
    const d = dotsPath([[0, 0]], scales)
    const moves = [...d.matchAll(/[ml](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1]!, +m[2]!])
    expect(moves).toHaveLength(8) // to the first vertex, then seven edges
    let [x, y] = [0, 0]
    const angles: number[] = []
    for (const [dx, dy] of moves) {
      x += dx!
      y += dy!
      expect(Math.hypot(x, y)).toBeCloseTo(DOT_RADIUS, 1)
      angles.push(Math.atan2(y, x))
    }
    // Evenly spaced, 45° apart, going round once (z closes the eighth edge).
    const steps = angles.slice(1).map((a, i) => (a - angles[i]! + 2 * Math.PI) % (2 * Math.PI))
    for (const s of steps) expect(s).toBeCloseTo(Math.PI / 4, 2)
  })

  test('a non-finite point lifts the pen: no NaN or Infinity in any path string', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyNumber, anyNumber), { maxLength: 50 }), (pts) => {
        const points = pts as Vec2[]
        for (const d of [linePath(points, scales), dotsPath(points, scales)]) {
          expect(d).not.toMatch(/NaN|Infinity/)
        }
      }),
      { numRuns: 2000 },
    )
  })

  test('a gap in the points restarts the line with a move', () => {
    expect(
      linePath(
        [
          [0, 0],
          [NaN, 1],
          [10, -5],
        ],
        scales,
      ),
    ).toBe('M320,200M640,400')
  })

  test('the count limits how many points are drawn (playback)', () => {
    const pts: Vec2[] = [
      [-10, 5],
      [0, 0],
      [10, -5],
    ]
    expect(linePath(pts, scales, 2)).toBe('M0,0L320,200')
  })

  test.for(['circle', 'square', 'triangle', 'diamond', 'cross', 'star'])(
    '%s marker is a finite path',
    (shape) => {
      const d = markerPath(shape, 6)
      expect(d.length).toBeGreaterThan(5)
      expect(d).not.toMatch(/NaN|Infinity/)
    },
  )
})

describe('decimation', () => {
  test('points on top of each other are drawn once, and the path still ends at the last point', () => {
    const pts: Vec2[] = [[-10, 5], ...Array.from({ length: 500 }, (): Vec2 => [0, 0]), [0.01, 0.01]]
    const d = linePath(pts, scales)
    expect(d.split('L')).toHaveLength(3) // start, the pile at (320, 200), and the last point
    expect(d.endsWith('L320.3,199.6')).toBe(true)
    expect(dotsPath(pts, scales).split('M')).toHaveLength(4)
  })

  test('a converging run draws far fewer vertices than steps, but every visible one', () => {
    const pts: Vec2[] = Array.from({ length: 600 }, (_, k): Vec2 => [-8 * 0.98 ** k, 0])
    const vertices = linePath(pts, scales).split(/[ML]/).length - 1
    expect(vertices).toBeLessThan(300)
    expect(vertices).toBeGreaterThan(100)
  })
})
