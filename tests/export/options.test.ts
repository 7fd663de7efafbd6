import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  cleanOptions,
  DEFAULT_OPTIONS,
  durationOf,
  frameSteps,
  type AnimationOptions,
} from '../../src/export/options'
import { frameDelays } from '../../src/export/renderAnimation'

test('a 6-second animation at 15 fps has 90 frames from the start to the whole run', () => {
  const steps = frameSteps(DEFAULT_OPTIONS, 600)
  expect(steps).toHaveLength(90)
  expect(steps[0]).toBe(0)
  expect(steps.at(-1)).toBe(600)
  expect(steps.every((s, i) => i === 0 || s >= steps[i - 1]!)).toBe(true)
})

test('steps per second set the duration: 200 steps at 50 per second take 4 s', () => {
  const o: AnimationOptions = { ...DEFAULT_OPTIONS, pace: { kind: 'rate', stepsPerSecond: 50 } }
  expect(durationOf(o, 200)).toBe(4)
  expect(frameSteps(o, 200)).toHaveLength(60)
})

test('frame delays keep the frame rate on GIF’s 10 ms clock and hold the last frame', () => {
  const d = frameDelays(16, 15, 1500)
  expect(d.every((v) => v % 10 === 0)).toBe(true)
  expect(d.slice(0, 15).reduce((a, b) => a + b, 0)).toBe(1000) // 15 frames: one second
  expect(d.at(-1)).toBe(1500)
})

test('cleanOptions puts any typed-in number back in range, never NaN', () => {
  fc.assert(
    fc.property(fc.double(), fc.double(), fc.double(), fc.boolean(), (a, b, fps, isRate) => {
      const o = cleanOptions({
        ...DEFAULT_OPTIONS,
        width: a,
        height: b,
        fps,
        pace: isRate ? { kind: 'rate', stepsPerSecond: a } : { kind: 'duration', seconds: b },
      })
      const numbers = [o.width, o.height, o.fps, durationOf(o, 600)]
      expect(numbers.every(Number.isFinite)).toBe(true)
      expect(o.width).toBeGreaterThanOrEqual(64)
      expect(frameSteps(o, 600).length).toBeGreaterThanOrEqual(2)
      expect(frameSteps(o, 600).every(Number.isInteger)).toBe(true)
    }),
  )
})
