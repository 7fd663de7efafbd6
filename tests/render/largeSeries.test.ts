// 500,000-point series: what a long mini-batch run once produced. Nothing on the way from losses to
// an SVG path may spread the series into a call (that overflowed the stack and blanked the page).
import { expect, test } from 'vitest'
import { maxOf, minOf, type Vec2 } from '../../src/core'
import { lossScales, signedScales } from '../../src/render/chartScales'
import { linePath } from '../../src/render/geometry'

const N = 500_000
const losses = Array.from({ length: N }, (_, k) => 10 * Math.exp(-k / 50_000) + 1e-3 * Math.sin(k))

test('a loss chart of 500,000 points gets a finite floor, scales and path', () => {
  const floor = minOf(losses, 0)
  const pts = losses.map((l, k): Vec2 => [k, l - floor])
  const values = pts.map(([, v]) => v)
  const top = maxOf(values, 0)
  const scales = lossScales(N, Math.max(minOf(values.filter((v) => v > 0)), 1e-16), top, 640, 180)
  const d = linePath(pts, scales)
  expect(d.startsWith('M')).toBe(true)
  expect(d).not.toMatch(/NaN|Infinity/)
  expect(d.split('L').length).toBeGreaterThan(1000)
})

test('an update chart of 500,000 signed steps gets a finite extent and path', () => {
  const steps = losses.map((l, k): Vec2 => [k, (k % 2 ? -1 : 1) * l])
  const extent = maxOf(
    steps.map(([, v]) => Math.abs(v)),
    1e-12,
  )
  expect(extent).toBeCloseTo(10, 2)
  const d = linePath(steps, signedScales(N, extent, 640, 120))
  expect(d).not.toMatch(/NaN|Infinity/)
})
