// The page's client: main-thread fallback (no Worker in Node), cache, cancel, and the worker path
// through a fake port that runs the real handler.
import { describe, expect, test } from 'vitest'
import { getSurface } from '../../src/core'
import { computeTuningMap } from '../../src/core/tuningMap'
import {
  createTuningMapClient,
  requestTuningMap,
  TuningMapCancelled,
} from '../../src/workers/tuningMapClient'
import { createTuningMapHandler } from '../../src/workers/tuningMapHandler'
import { fakeWorker } from '../fixtures/fakeWorker'
import type {
  FromWorker,
  ToWorker,
  TuningMapProgress,
  TuningMapRequest,
} from '../../src/workers/tuningMapProtocol'

const request: TuningMapRequest = {
  surfaceId: 'rosenbrock',
  start: [-1.2, 1],
  rule: 'heavy-ball',
  steps: 400,
  lrCount: 10,
  momentumCount: 8,
}
const expected = () => computeTuningMap(getSurface(request.surfaceId)!, request)
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A worker stand-in running the real tuning-map handler (see fixtures/fakeWorker). */
const mapWorker = (log: ToWorker[]) =>
  fakeWorker<ToWorker, FromWorker>(log, (post) => createTuningMapHandler(post, 2))

describe('tuning map client, main-thread fallback', () => {
  test('the default client falls back when Worker is missing and returns computeTuningMap’s cells', async () => {
    expect(typeof Worker).toBe('undefined')
    const progress: TuningMapProgress[] = []
    const map = await requestTuningMap(request, (p) => progress.push(p)).promise
    expect(map).toEqual(expected())
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.at(-1)).toEqual({ done: 80, total: 80 })
  })

  test('reports progress over several slices, in order', async () => {
    // Slices of 0 ms: one cell each (however fast the machine), then the next slice.
    const client = createTuningMapClient({ createWorker: () => null, mainThreadSliceMs: 0 })
    const progress: number[] = []
    await client.requestTuningMap({ ...request, steps: 1000 }, (p) => progress.push(p.done)).promise
    expect(progress).toEqual(Array.from({ length: 80 }, (_, i) => i + 1))
  })

  test('cancel stops it: the promise rejects and no progress follows', async () => {
    const client = createTuningMapClient({ createWorker: () => null, mainThreadSliceMs: 1 })
    let calls = 0
    const big = { ...request, steps: 2000, lrCount: 30, momentumCount: 30 }
    const handle = client.requestTuningMap(big, () => calls++)
    while (calls === 0) await wait(1)
    handle.cancel()
    const after = calls
    await expect(handle.promise).rejects.toBeInstanceOf(TuningMapCancelled)
    await wait(100)
    expect(calls).toBe(after)
  })

  test('the cache returns the same object for the same request, a new one for another', async () => {
    const client = createTuningMapClient({ createWorker: () => null })
    const first = await client.requestTuningMap(request).promise
    const again = await client.requestTuningMap({ ...request, start: [-1.2, 1] }).promise
    expect(again).toBe(first)
    const other = await client.requestTuningMap({ ...request, steps: 401 }).promise
    expect(other).not.toBe(first)
    client.clearCache()
    expect(await client.requestTuningMap(request).promise).not.toBe(first)
  })

  test('a cancelled request is not cached', async () => {
    const client = createTuningMapClient({ createWorker: () => null })
    const handle = client.requestTuningMap(request)
    handle.cancel()
    await expect(handle.promise).rejects.toBeInstanceOf(TuningMapCancelled)
    const progress: number[] = []
    await client.requestTuningMap(request, (p) => progress.push(p.done)).promise
    expect(progress.length).toBeGreaterThan(0) // computed again, not served from the cache
  })

  test('a bad request rejects with the reason', async () => {
    const client = createTuningMapClient({ createWorker: () => null })
    await expect(
      client.requestTuningMap({ ...request, surfaceId: 'nowhere' }).promise,
    ).rejects.toThrow(/unknown surface/)
  })
})

describe('tuning map client, worker path', () => {
  test('gets the same cells through a worker, with progress', async () => {
    const log: ToWorker[] = []
    const client = createTuningMapClient({ createWorker: () => mapWorker(log) })
    const progress: number[] = []
    const map = await client.requestTuningMap(request, (p) => progress.push(p.done)).promise
    expect(map).toEqual(expected())
    expect(progress.at(-1)).toBe(80)
    expect(log[0]).toMatchObject({ type: 'compute', surfaceId: 'rosenbrock', steps: 400 })
  })

  test('cancel sends a cancel message and a reused worker serves the next request', async () => {
    const log: ToWorker[] = []
    let created = 0
    const client = createTuningMapClient({ createWorker: () => (created++, mapWorker(log)) })
    const first = client.requestTuningMap({ ...request, steps: 2000 })
    first.cancel()
    await expect(first.promise).rejects.toBeInstanceOf(TuningMapCancelled)
    expect(log.map((m) => m.type)).toEqual(['compute', 'cancel'])
    expect(log[1]!.id).toBe(log[0]!.id)
    const map = await client.requestTuningMap(request).promise
    expect(map).toEqual(expected())
    expect(created).toBe(1)
  })
})
