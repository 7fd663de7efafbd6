import { afterEach, describe, expect, test, vi } from 'vitest'
import { runInSlices } from '../../src/workers/slices'

const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

afterEach(() => vi.useRealTimers())

describe('runInSlices', () => {
  test('runs every unit once, in order, at least one per slice however short the slice', async () => {
    const units: number[] = []
    const slices: number[] = []
    runInSlices(
      5,
      0,
      (i) => units.push(i),
      (done) => slices.push(done),
    )
    expect(units).toEqual([]) // nothing before the first slice
    while (slices.at(-1) !== 5) await wait(1)
    expect(units).toEqual([0, 1, 2, 3, 4])
    expect(slices).toEqual([1, 2, 3, 4, 5])
  })

  test('a long slice does all the units in one', async () => {
    const slices: number[] = []
    runInSlices(
      50,
      10_000,
      () => {},
      (done) => slices.push(done),
    )
    while (slices.length === 0) await wait(1)
    expect(slices).toEqual([50])
  })

  // Fake timers: how late a loaded machine runs a timer cannot change what these see.
  test('with nothing to do, one slice reports done at once', () => {
    vi.useFakeTimers()
    const slices: number[] = []
    runInSlices(
      0,
      0,
      () => {},
      (done) => slices.push(done),
    )
    vi.advanceTimersByTime(5)
    expect(slices).toEqual([0])
  })

  test('a cancel, from outside or from within a slice callback, stops the next slice', () => {
    vi.useFakeTimers()
    const slices: number[] = []
    const cancel = runInSlices(
      10,
      0,
      () => {},
      (done) => {
        slices.push(done)
        if (done === 2) cancel()
      },
    )
    vi.advanceTimersByTime(100)
    expect(slices).toEqual([1, 2])
    expect(vi.getTimerCount()).toBe(0)
    const outside: number[] = []
    runInSlices(
      10,
      0,
      () => {},
      (done) => outside.push(done),
    )()
    vi.advanceTimersByTime(100)
    expect(outside).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })
})
