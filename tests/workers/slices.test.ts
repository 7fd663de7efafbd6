import { describe, expect, test } from 'vitest'
import { runInSlices } from '../../src/workers/slices'

const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

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

  test('with nothing to do, one slice reports done at once', async () => {
    const slices: number[] = []
    runInSlices(
      0,
      0,
      () => {},
      (done) => slices.push(done),
    )
    await wait(5)
    expect(slices).toEqual([0])
  })

  test('a cancel, from outside or from within a slice callback, stops the next slice', async () => {
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
    await wait(30)
    expect(slices).toEqual([1, 2])
    const outside: number[] = []
    runInSlices(
      10,
      0,
      () => {},
      (done) => outside.push(done),
    )()
    await wait(30)
    expect(outside).toEqual([])
  })
})
