// The grid worker's logic, driven in Node: the same grid as render/contours' sampleGrid, cancel,
// supersede, transfer, bad requests.
import { describe, expect, test } from 'vitest'
import { getSurface } from '../../src/core'
import { getModel } from '../../src/core/models'
import { sampleGrid } from '../../src/render/contours'
import { createGridHandler } from '../../src/workers/gridHandler'
import type { FromGridWorker, GridRequest } from '../../src/workers/gridProtocol'

const resolve = (id: string) => getSurface(id) ?? getModel(id)?.surface
const logreg: GridRequest = {
  surfaceId: 'logreg',
  domain: { x: [-1, 4], y: [-14, 2] },
  nx: 40,
  ny: 25,
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

function recorder(sliceMs = 1) {
  const posted: { message: FromGridWorker; transfer: ArrayBuffer[] }[] = []
  const handle = createGridHandler(
    (message, transfer) => posted.push({ message, transfer }),
    resolve,
    sliceMs,
  )
  const results = () => posted.filter((p) => p.message.type === 'result')
  return { posted, handle, results }
}

async function until(check: () => boolean, timeoutMs = 10_000) {
  const t0 = Date.now()
  while (!check()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out')
    await wait(5)
  }
}

describe('grid worker handler', () => {
  test.for(['logreg', 'logreg-scaled', 'linreg', 'ravine', 'rosenbrock'])(
    '%s: posts exactly sampleGrid’s values, transferring the buffer',
    async (surfaceId) => {
      const surface = resolve(surfaceId)!
      const request = { surfaceId, domain: surface.domain, nx: 33, ny: 21 }
      const { handle, results } = recorder()
      handle({ type: 'compute', id: 5, ...request })
      await until(() => results().length > 0)
      const { message, transfer } = results()[0]!
      expect(message).toMatchObject({ type: 'result', id: 5 })
      const values = (message as { values: Float64Array }).values
      expect(Array.from(values)).toEqual(Array.from(sampleGrid(surface, surface.domain, 33, 21)))
      expect(transfer).toEqual([values.buffer])
    },
  )

  test('a cancel stops the computation between rows: no result ever comes', async () => {
    const { handle, posted } = recorder()
    handle({ type: 'compute', id: 1, ...logreg, nx: 400, ny: 400 })
    await wait(20) // a few rows in
    handle({ type: 'cancel', id: 1 })
    await wait(300)
    expect(posted).toEqual([])
  })

  test('a cancel for another id leaves the current computation alone', async () => {
    const { handle, results } = recorder()
    handle({ type: 'compute', id: 2, ...logreg })
    handle({ type: 'cancel', id: 1 })
    await until(() => results().length > 0)
    expect(results()[0]!.message.id).toBe(2)
  })

  test('a newer request supersedes the one in progress', async () => {
    const { handle, results, posted } = recorder()
    handle({ type: 'compute', id: 1, ...logreg })
    handle({ type: 'compute', id: 2, ...logreg, surfaceId: 'ravine' })
    await until(() => results().length > 0)
    await wait(100)
    expect(posted.map((p) => p.message.id)).toEqual([2])
  })

  test.for([
    [{ surfaceId: 'nowhere' }, /unknown surface/],
    [{ nx: 0 }, /grid size/],
    [{ ny: 2.5 }, /grid size/],
    [{ nx: 1e6 }, /grid size/],
    [{ domain: { x: [1, 1], y: [0, 1] } }, /view/],
    [{ domain: { x: [0, 1], y: [NaN, 1] } }, /view/],
  ] as const)('a bad request (%o) gets an error at once, not a hang', ([change, message]) => {
    const { handle, posted } = recorder()
    handle({ type: 'compute', id: 3, ...logreg, ...change } as never)
    expect(posted).toHaveLength(1)
    expect(posted[0]!.message).toMatchObject({
      type: 'error',
      id: 3,
      message: expect.stringMatching(message),
    })
  })
})
