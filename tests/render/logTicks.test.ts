import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { logTicks, tickLabel } from '../../src/render/logTicks'

describe('log ticks', () => {
  test('every positive range gets between one and six ticks, ascending, all inside it', () => {
    const positive = fc.double({ min: 1e-300, max: 1e300, noNaN: true })
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const ticks = logTicks(lo, hi)
        return (
          ticks.length >= 1 &&
          ticks.length <= 6 &&
          ticks.every((t, i) => t >= lo && t <= hi && (i === 0 || t > (ticks[i - 1] as number)))
        )
      }),
      { numRuns: 2000 },
    )
  }, 20_000)

  test('narrow ranges still get a tick: between two round values, and a single value', () => {
    expect(logTicks(1.1, 1.9).length).toBeGreaterThan(0)
    expect(logTicks(9.1, 9.9).length).toBeGreaterThan(0)
    const close = logTicks(0.7341, 0.7342)
    expect(close[0]).toBe(0.7341)
    expect(new Set(close.map(tickLabel)).size).toBe(close.length) // labels tell them apart
    expect(logTicks(3.3, 3.3)).toEqual([3.3])
  })

  test('short ranges get every multiple, long ones fewer labels, bad ones none', () => {
    expect(logTicks(0.2, 0.7)).toEqual([0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    expect(logTicks(0.4, 1.3)).toEqual([0.4, 0.6, 0.8, 1])
    expect(logTicks(1e-12, 1e3)).toEqual([1e-12, 1e-9, 1e-6, 1e-3, 1, 1e3])
    expect(logTicks(0, 1)).toEqual([])
    expect(logTicks(2, 1)).toEqual([])
    expect(logTicks(1, Infinity)).toEqual([])
  })

  test('labels are plain digits near 1 and short exponents elsewhere', () => {
    expect(tickLabel(0.002)).toBe('0.002')
    expect(tickLabel(20)).toBe('20')
    expect(tickLabel(1e-6)).toBe('1e-6')
    expect(tickLabel(2e5)).toBe('2e5')
    expect(tickLabel(1.5e-8)).toBe('1.5e-8')
    expect(tickLabel(0.73412)).toBe('0.73412')
  })
})
