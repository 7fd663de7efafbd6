// The page's grid client: main-thread fallback (no Worker in Node), cache, shared and cancelled
// requests, and the worker path through a fake port that runs the real handler.
import { describe, expect, test } from 'vitest'
import { getSurface } from '../../src/core'
import { getModel } from '../../src/core/models'
import { sampleGrid } from '../../src/render/contours'
import {
  cachedGrid,
  createGridClient,
  GridCancelled,
  requestGrid,
  type GridWorkerPort,
} from '../../src/workers/gridClient'
import { createGridHandler } from '../../src/workers/gridHandler'
import { fakeWorker } from '../fixtures/fakeWorker'
import type { FromGridWorker, GridRequest, ToGridWorker } from '../../src/workers/gridProtocol'

const resolve = (id: string) => getSurface(id) ?? getModel(id)?.surface
const request: GridRequest = {
  surfaceId: 'logreg',
  domain: { x: [-1, 4], y: [-14, 2] },
  nx: 48,
  ny: 30,
}
const expected = (r: GridRequest = request) =>
  Array.from(sampleGrid(resolve(r.surfaceId)!, r.domain, r.nx, r.ny))
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A worker stand-in running the real grid handler (see fixtures/fakeWorker). */
const gridWorker = (log: ToGridWorker[]) =>
  fakeWorker<ToGridWorker, FromGridWorker>(log, (post) => createGridHandler(post, resolve, 2))

describe('grid client, main-thread fallback', () => {
  test('the default client falls back when Worker is missing, loading the models chunk itself', async () => {
    expect(typeof Worker).toBe('undefined')
    expect(cachedGrid(request)).toBeUndefined()
    const values = await requestGrid(request).promise
    expect(Array.from(values)).toEqual(expected())
    expect(cachedGrid({ ...request, domain: { x: [-1, 4], y: [-14, 2] } })).toBe(values)
  })

  test('the cache returns the same array for the same request, a new one for another view', async () => {
    const client = createGridClient({ createWorker: () => null })
    const first = await client.requestGrid(request).promise
    expect(await client.requestGrid({ ...request }).promise).toBe(first)
    const other = { ...request, domain: { x: [-1, 5], y: [-14, 2] } } as const
    const wider = await client.requestGrid(other).promise
    expect(wider).not.toBe(first)
    expect(Array.from(wider)).toEqual(expected(other))
    client.clearCache()
    expect(client.cachedGrid(request)).toBeUndefined()
  })

  test('two callers of one grid share one computation; one cancelling leaves the other', async () => {
    let loads = 0
    const client = createGridClient({
      createWorker: () => null,
      resolveSurface: async (id) => (loads++, resolve(id)),
    })
    const a = client.requestGrid(request)
    const b = client.requestGrid(request)
    a.cancel()
    await expect(a.promise).rejects.toBeInstanceOf(GridCancelled)
    expect(Array.from(await b.promise)).toEqual(expected())
    expect(loads).toBe(1)
  })

  test('a cancelled request is not cached, and is computed again next time', async () => {
    let loads = 0
    const client = createGridClient({
      createWorker: () => null,
      resolveSurface: async (id) => (loads++, resolve(id)),
    })
    const handle = client.requestGrid(request)
    handle.cancel()
    await expect(handle.promise).rejects.toBeInstanceOf(GridCancelled)
    await wait(50)
    expect(client.cachedGrid(request)).toBeUndefined()
    expect(Array.from(await client.requestGrid(request).promise)).toEqual(expected())
    expect(loads).toBe(2)
  })

  test('a bad request rejects with the reason', async () => {
    const client = createGridClient({ createWorker: () => null })
    await expect(client.requestGrid({ ...request, surfaceId: 'nowhere' }).promise).rejects.toThrow(
      /unknown surface/,
    )
    await expect(client.requestGrid({ ...request, nx: 0 }).promise).rejects.toThrow(/grid size/)
  })
})

describe('grid client, worker path', () => {
  test('gets the same values through a worker, and reuses it for the next grid', async () => {
    const log: ToGridWorker[] = []
    let created = 0
    const client = createGridClient({
      createWorker: () => (created++, gridWorker(log)),
      resolveSurface: () => Promise.reject(new Error('must not compute on the main thread')),
    })
    expect(Array.from(await client.requestGrid(request).promise)).toEqual(expected())
    expect(log[0]).toMatchObject({ type: 'compute', surfaceId: 'logreg', nx: 48, ny: 30 })
    const ravine = { ...request, surfaceId: 'ravine' }
    expect(Array.from(await client.requestGrid(ravine).promise)).toEqual(expected(ravine))
    expect(created).toBe(1)
  })

  test('cancel sends a cancel message for the same id', async () => {
    const log: ToGridWorker[] = []
    const client = createGridClient({ createWorker: () => gridWorker(log) })
    const handle = client.requestGrid({ ...request, nx: 500, ny: 500 })
    handle.cancel()
    await expect(handle.promise).rejects.toBeInstanceOf(GridCancelled)
    expect(log.map((m) => m.type)).toEqual(['compute', 'cancel'])
    expect(log[1]!.id).toBe(log[0]!.id)
  })

  test('a worker that fails to start hands the grid to the main thread', async () => {
    const broken: GridWorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => broken.onerror?.(new Event('error')), 0)
      },
      terminate: () => {},
    }
    const client = createGridClient({ createWorker: () => broken })
    expect(Array.from(await client.requestGrid(request).promise)).toEqual(expected())
  })
})
