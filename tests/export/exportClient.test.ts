import { describe, expect, test } from 'vitest'
import {
  ExportCancelled,
  NO_WORKER_MESSAGE,
  startExport,
  type ExportPort,
} from '../../src/export/exportClient'
import type { ExportMessage, ExportRequest } from '../../src/export/exportProtocol'
import { DEFAULT_OPTIONS } from '../../src/export/options'
import { twoRunScene } from '../fixtures/exportScene'

const request: ExportRequest = { kind: 'poster', scene: twoRunScene(), options: DEFAULT_OPTIONS }

/** A worker that answers with `replies` (asynchronously) and records whether it was terminated. */
function scripted(replies: ExportMessage[]) {
  const state = { terminated: 0, posted: 0 }
  const port: ExportPort = {
    onmessage: null,
    onerror: null,
    postMessage: () => {
      state.posted++
      for (const data of replies) setTimeout(() => port.onmessage?.({ data }), 0)
    },
    terminate: () => void state.terminated++,
  }
  return { port, state }
}

describe('startExport', () => {
  test('reports progress, resolves with the file and terminates its worker', async () => {
    const file: ExportMessage = {
      type: 'file',
      bytes: new Uint8Array([1]),
      mime: 'image/png',
      extension: 'png',
      note: null,
    }
    const { port, state } = scripted([{ type: 'progress', done: 1, total: 2 }, file])
    const progress: number[] = []
    const job = startExport(
      request,
      (done) => progress.push(done),
      () => port,
    )
    await expect(job.promise).resolves.toEqual(file)
    expect(progress).toEqual([1])
    expect(state).toEqual({ terminated: 1, posted: 1 })
  })

  test('Cancel rejects the job and terminates the worker at once', async () => {
    const { port, state } = scripted([])
    const job = startExport(request, undefined, () => port)
    job.cancel()
    await expect(job.promise).rejects.toBeInstanceOf(ExportCancelled)
    expect(state.terminated).toBe(1)
    job.cancel() // a second cancel is harmless
    expect(state.terminated).toBe(1)
  })

  test('an error from the worker rejects with its message and ends the worker', async () => {
    const { port, state } = scripted([{ type: 'error', message: 'out of memory' }])
    await expect(startExport(request, undefined, () => port).promise).rejects.toThrow(
      'out of memory',
    )
    expect(state.terminated).toBe(1)
  })

  test('without workers it says why instead of blocking the page', async () => {
    await expect(startExport(request, undefined, () => null).promise).rejects.toThrow(
      NO_WORKER_MESSAGE,
    )
    // jsdom and Node have no Worker: the default finds none.
    await expect(startExport(request).promise).rejects.toThrow(NO_WORKER_MESSAGE)
  })
})
