// The worker's logic, driven in Node: slices, progress, cancel, supersede, transfer.
import { describe, expect, test } from 'vitest'
import { getSurface } from '../../src/core'
import { computeTuningMap } from '../../src/core/tuningMap'
import { createTuningMapHandler } from '../../src/workers/tuningMapHandler'
import type { FromWorker, TuningMapRequest } from '../../src/workers/tuningMapProtocol'

const request: TuningMapRequest = {
  surfaceId: 'ravine',
  start: [-8, 1],
  rule: 'heavy-ball',
  steps: 300,
  lrCount: 12,
  momentumCount: 10,
}
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function recorder(sliceMs = 1, onPost?: (message: FromWorker) => void) {
  const posted: { message: FromWorker; transfer: ArrayBuffer[] }[] = []
  const handle = createTuningMapHandler((message, transfer) => {
    posted.push({ message, transfer })
    onPost?.(message)
  }, sliceMs)
  const ofType = (type: FromWorker['type']) => posted.filter((p) => p.message.type === type)
  return { posted, handle, ofType }
}

async function until(check: () => boolean, timeoutMs = 10_000) {
  const t0 = Date.now()
  while (!check()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out')
    await wait(5)
  }
}

describe('tuning map worker handler', () => {
  test('computes in slices, reports progress, then posts the map with its buffers to transfer', async () => {
    const { handle, ofType } = recorder()
    handle({ type: 'compute', id: 7, ...request })
    await until(() => ofType('result').length > 0)
    const progress = ofType('progress').map((p) => p.message as { done: number; total: number })
    expect(progress.length).toBeGreaterThan(1) // more than one slice with a 1 ms budget
    expect(progress.at(-1)).toMatchObject({ done: 120, total: 120 })
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.done).toBeGreaterThan(progress[i - 1]!.done)
    const result = ofType('result')[0]!
    expect(result.message).toMatchObject({ type: 'result', id: 7 })
    const map = (result.message as { map: unknown }).map
    expect(map).toEqual(computeTuningMap(getSurface('ravine')!, request))
    expect(result.transfer).toHaveLength(6)
  })

  test('a cancel stops the computation: no result ever comes', async () => {
    // The cancel arrives right after the first slice's progress, before the next slice: as a
    // message would. (Polling for that progress could wake after the last slice on a busy machine.)
    let cancel = () => {}
    const { handle, ofType, posted } = recorder(1, (m) => {
      if (m.type === 'progress' && posted.length === 1) queueMicrotask(cancel)
    })
    cancel = () => handle({ type: 'cancel', id: 1 })
    handle({ type: 'compute', id: 1, ...request })
    await until(() => posted.length > 0)
    const count = posted.length
    await wait(300)
    expect(posted.length).toBe(count)
    expect(ofType('result')).toHaveLength(0)
  })

  test('a cancel for another id leaves the current computation alone', async () => {
    const { handle, ofType } = recorder()
    handle({ type: 'compute', id: 2, ...request })
    handle({ type: 'cancel', id: 1 })
    await until(() => ofType('result').length > 0)
    expect(ofType('result')[0]!.message.id).toBe(2)
  })

  test('a newer request supersedes the one in progress', async () => {
    const { handle, ofType, posted } = recorder()
    handle({ type: 'compute', id: 1, ...request })
    handle({ type: 'compute', id: 2, ...request, rule: 'ema' })
    await until(() => ofType('result').length > 0)
    await wait(100)
    expect(ofType('result').map((p) => p.message.id)).toEqual([2])
    expect(posted.every((p) => p.message.id === 2)).toBe(true)
  })

  test.for([
    [{ surfaceId: 'nowhere' }, /unknown surface/],
    [{ lrCount: 0 }, /lrCount/],
    [{ momentumCount: 1.5 }, /momentumCount/],
    [{ steps: -1 }, /steps/],
    [{ start: [NaN, 0] }, /start/],
  ] as const)('a bad request (%o) gets an error, not a hang', async ([change, message]) => {
    const { handle, posted } = recorder()
    handle({ type: 'compute', id: 3, ...request, ...change } as never)
    expect(posted).toHaveLength(1)
    expect(posted[0]!.message).toMatchObject({
      type: 'error',
      id: 3,
      message: expect.stringMatching(message),
    })
  })
})
