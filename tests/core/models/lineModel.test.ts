// The shared pieces of the line models: a mean loss over the data and its gradient by the chain rule.
import { expect, test } from 'vitest'
import { lineLoss, lineLossGrad } from '../../../src/core/models/lineModel'
import type { Vec2 } from '../../../src/core/vec'

const data = { x: [1, 2.5, -3, 4], y: [0.5, 1, -2, 3] }
const quartic = (z: number, y: number) => (z - y) ** 4
const slope = (z: number, y: number) => 4 * (z - y) ** 3

test('lineLoss is the mean of the loss at z = w·x + b', () => {
  const w: Vec2 = [0.5, -1]
  const expected = data.x.reduce((s, x, i) => s + quartic(0.5 * x - 1, data.y[i]!), 0) / 4
  expect(lineLoss(data, w, quartic)).toBeCloseTo(expected, 12)
})

test('lineLossGrad over every example matches finite differences of lineLoss', () => {
  const w: Vec2 = [0.3, 0.2]
  const h = 1e-6
  const f = (v: Vec2) => lineLoss(data, v, quartic)
  const [gw, gb] = lineLossGrad(data, w, [0, 1, 2, 3], slope)
  expect(gw).toBeCloseTo((f([w[0] + h, w[1]]) - f([w[0] - h, w[1]])) / (2 * h), 5)
  expect(gb).toBeCloseTo((f([w[0], w[1] + h]) - f([w[0], w[1] - h])) / (2 * h), 5)
})

test('lineLossGrad averages over the examples at the indices only', () => {
  const w: Vec2 = [1, 0]
  expect(lineLossGrad(data, w, [1], slope)).toEqual([slope(2.5, 1) * 2.5, slope(2.5, 1)])
})
