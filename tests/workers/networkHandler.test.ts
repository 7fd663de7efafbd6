// The digits-network worker's logic and client, driven in Node: message order, what the runs and
// landscapes hold, cancel, bad requests, and the main-thread fallback giving the worker's result.
import { describe, expect, test, vi } from 'vitest'
import {
  evaluate,
  parseDigits,
  principalPlane,
  splitDigits,
  trainNetwork,
} from '../../src/core/network'
import { createNetworkClient, NetworkCancelled } from '../../src/workers/networkClient'
import { createNetworkHandler } from '../../src/workers/networkHandler'
import type {
  FromNetworkWorker,
  NetworkRequest,
  ToNetworkWorker,
} from '../../src/workers/networkProtocol'
import { digitBytes } from '../fixtures/digits'
import { fakeWorker } from '../fixtures/fakeWorker'

// Real training runs: slow when the machine is shared, so more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 })

const bytes = digitBytes()
const request: NetworkRequest = {
  bytes,
  runs: [
    { lr: 0.05, momentum: 0 },
    { lr: 0.05, momentum: 0.9 },
  ],
  batchSize: 256,
  epochs: 2,
  seed: 1,
  coarse: 3,
  refined: 5,
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
async function until(check: () => boolean, timeoutMs = 20_000) {
  const t0 = Date.now()
  while (!check()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out')
    await wait(5)
  }
}
function recorder(sliceMs = 5) {
  const posted: FromNetworkWorker[] = []
  const handle = createNetworkHandler((message) => posted.push(message), sliceMs)
  return { posted, handle }
}

describe('network worker handler', () => {
  test('posts progress, then the trained runs, then the coarse and the refined landscape', async () => {
    const { posted, handle } = recorder()
    handle({ type: 'compute', id: 3, ...request })
    await until(() => posted.some((m) => m.type === 'landscape' && m.landscape.level === 'refined'))
    const kinds = posted.map((m) => (m.type === 'landscape' ? m.landscape.level : m.type))
    const order = kinds.filter((k) => k !== 'progress')
    expect(order).toEqual(['trained', 'coarse', 'refined'])
    expect(kinds.indexOf('progress')).toBeLessThan(kinds.indexOf('trained'))
    expect(posted.every((m) => m.id === 3)).toBe(true)
    const last = posted.filter((m) => m.type === 'progress').at(-1)
    // ⌈1347 / 256⌉ = 6 steps per epoch, 2 epochs, 2 runs
    expect(last).toMatchObject({ done: 24, total: 24 })
  })

  test('the runs are the core’s runs, projected on their principal plane', async () => {
    const { posted, handle } = recorder()
    handle({ type: 'compute', id: 1, ...request })
    await until(() => posted.some((m) => m.type === 'trained'))
    const msg = posted.find((m) => m.type === 'trained')
    if (msg?.type !== 'trained') throw new Error('no trained message')
    const split = splitDigits(parseDigits(bytes))
    const records = request.runs.map((r) =>
      trainNetwork(split, { ...r, batchSize: 256, epochs: 2, seed: 1 }),
    )
    expect(msg.trained.runs.map((r) => r.epochs)).toEqual(records.map((r) => r.epochs))
    expect(msg.trained.explained).toBe(
      principalPlane(records.flatMap((r) => r.snapshots)).explained,
    )
    for (const [i, run] of msg.trained.runs.entries()) {
      expect(run.path).toHaveLength(2 * (records[i]?.snapshots.length ?? 0))
      expect(Array.from(run.path).every(Number.isFinite)).toBe(true)
    }
    // both runs start from the same weights, so from the same point of the plane
    const [a, b] = msg.trained.runs
    expect(Array.from(a!.path.subarray(0, 2))).toEqual(Array.from(b!.path.subarray(0, 2)))
  })

  test('landscape values are finite train losses around the paths', async () => {
    const { posted, handle } = recorder()
    handle({ type: 'compute', id: 2, ...request })
    await until(() => posted.some((m) => m.type === 'landscape' && m.landscape.level === 'refined'))
    const grids = posted.flatMap((m) => (m.type === 'landscape' ? [m.landscape] : []))
    expect(grids.map((g) => [g.nx, g.ny, g.values.length])).toEqual([
      [3, 3, 9],
      [5, 5, 25],
    ])
    const split = splitDigits(parseDigits(bytes))
    const start = evaluate(
      trainNetwork(split, { ...request.runs[0]!, batchSize: 256, epochs: 0, seed: 1 })
        .snapshots[0]!,
      split.train,
    ).loss
    for (const g of grids) {
      expect(Array.from(g.values).every((v) => Number.isFinite(v) && v > 0)).toBe(true)
      expect(Math.max(...g.values)).toBeLessThan(10 * start)
      // the worker draws the bands as well: path strings with no NaN in them
      expect(g.bands.length).toBeGreaterThan(0)
      expect(g.bands.every((b) => /^[MLZ\d.,-]*$/.test(b.d) && !b.d.includes('NaN'))).toBe(true)
    }
  })

  test('a cancel stops the job between slices: nothing more is posted', async () => {
    const { posted, handle } = recorder(1)
    handle({ type: 'compute', id: 7, ...request, epochs: 20 })
    await until(() => posted.length > 0)
    handle({ type: 'cancel', id: 7 })
    const count = posted.length
    await wait(300)
    expect(posted.length).toBe(count)
    expect(posted.some((m) => m.type === 'trained')).toBe(false)
  })

  test('a newer request supersedes the running one', async () => {
    const { posted, handle } = recorder(1)
    handle({ type: 'compute', id: 1, ...request, epochs: 20 })
    await until(() => posted.length > 0)
    handle({ type: 'compute', id: 2, ...request })
    await until(() => posted.some((m) => m.type === 'landscape' && m.landscape.level === 'refined'))
    expect(posted.some((m) => m.id === 1 && m.type !== 'progress')).toBe(false)
  })

  test.for([
    ['no runs', { runs: [] }],
    ['a NaN learning rate', { runs: [{ lr: NaN, momentum: 0 }] }],
    ['momentum 1', { runs: [{ lr: 0.1, momentum: 1 }] }],
    ['a fractional batch', { batchSize: 2.5 }],
    ['a huge grid', { refined: 5000 }],
    ['truncated data', { bytes: bytes.subarray(0, 100) }],
  ] as const)('refuses %s with an error message', ([, change]) => {
    const { posted, handle } = recorder()
    handle({ type: 'compute', id: 9, ...request, ...change } as ToNetworkWorker)
    expect(posted).toHaveLength(1)
    expect(posted[0]).toMatchObject({ type: 'error', id: 9 })
  })
})

describe('network client', () => {
  test('through a worker and on the main thread it gives the same result; cached afterwards', async () => {
    const log: ToNetworkWorker[] = []
    const viaWorker = createNetworkClient({
      createWorker: () =>
        fakeWorker<ToNetworkWorker, FromNetworkWorker>(log, (post) =>
          createNetworkHandler(post, 5),
        ),
    })
    const heard: string[] = []
    const a = await viaWorker(request, {
      onTrained: () => heard.push('trained'),
      onLandscape: (l) => heard.push(l.level),
    }).promise
    expect(heard).toEqual(['trained', 'coarse', 'refined'])
    const b = await createNetworkClient({ createWorker: () => null })(request).promise
    expect(Array.from(a.refined.values)).toEqual(Array.from(b.refined.values))
    expect(a.trained.explained).toBe(b.trained.explained)
    const again = viaWorker(request)
    expect(await again.promise).toBe(a)
    expect(log.filter((m) => m.type === 'compute')).toHaveLength(1)
  })

  test('cancel rejects with NetworkCancelled and tells the worker', async () => {
    const log: ToNetworkWorker[] = []
    const client = createNetworkClient({
      createWorker: () =>
        fakeWorker<ToNetworkWorker, FromNetworkWorker>(log, (post) =>
          createNetworkHandler(post, 1),
        ),
    })
    const job = client({ ...request, epochs: 20 })
    job.cancel()
    await expect(job.promise).rejects.toBeInstanceOf(NetworkCancelled)
    expect(log.map((m) => m.type)).toEqual(['compute', 'cancel'])
  })

  test('a bad request is refused without starting any work', async () => {
    const log: ToNetworkWorker[] = []
    const client = createNetworkClient({
      createWorker: () =>
        fakeWorker<ToNetworkWorker, FromNetworkWorker>(log, (post) => createNetworkHandler(post)),
    })
    await expect(client({ ...request, epochs: 0 }).promise).rejects.toThrow(/epochs/)
    expect(log).toHaveLength(0)
  })
})
