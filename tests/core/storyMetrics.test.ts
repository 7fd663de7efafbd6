// The story's measures on hand-made inputs whose answers are known.
import { describe, expect, test } from 'vitest'
import { crossings, velocityParts, windowTravel, type Vec2 } from '../../src/core'

const axes = { along: [1, 0] as Vec2, across: [0, 1] as Vec2 }

describe('velocityParts', () => {
  test('alternating across parts cancel; steady along parts add up to 1 + β + β²', () => {
    const v = velocityParts(
      [
        [1, 1],
        [1, -1],
        [1, 1],
      ],
      0.5,
      axes,
    )
    // across: 0.25 − 0.5 + 1 = 0.75 out of 0.25 + 0.5 + 1 = 1.75
    expect(v.acrossKept).toBeCloseTo(0.75 / 1.75, 12)
    expect(v.alongGain).toBeCloseTo(1.75, 12)
    expect(v.isAlongSteady).toBe(true)
  })

  test('an along part that turns round is not steady; no gradients give zeros, never NaN', () => {
    expect(
      velocityParts(
        [
          [1, 0],
          [-1, 0],
        ],
        0.9,
        axes,
      ).isAlongSteady,
    ).toBe(false)
    expect(velocityParts([], 0.9, axes)).toEqual({
      acrossKept: 0,
      alongGain: 0,
      isAlongSteady: false,
    })
  })
})

test('crossings counts each pass of the target, not points on it', () => {
  const path: Vec2[] = [
    [-2, 0],
    [1, 0],
    [0, 0],
    [-1, 0],
    [-0.5, 0],
    [3, 0],
  ]
  expect(crossings(path, [0, 0], [1, 0])).toBe(3)
})

test('windowTravel sums distances across and along within the window only', () => {
  const path: Vec2[] = [
    [0, 0],
    [1, 2],
    [2, 0],
    [10, 10],
  ]
  expect(windowTravel(path, axes, 2)).toEqual({ across: 4, along: 2 })
})
