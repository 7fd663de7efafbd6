import type { ExportMessage, ExportRequest } from './exportProtocol'

/** The part of a Worker the client uses (a fake in tests). */
export interface ExportPort {
  postMessage(message: ExportRequest): void
  onmessage: ((event: { data: ExportMessage }) => void) | null
  onerror: ((event: unknown) => void) | null
  terminate(): void
}

/** What a job ends with: a file to download, or an estimate. */
export type ExportResult = Extract<ExportMessage, { type: 'file' } | { type: 'estimate' }>

/** A running job: await `promise`; `cancel()` terminates its worker and rejects it. */
export interface ExportJob {
  readonly promise: Promise<ExportResult>
  readonly cancel: () => void
}

/** The rejection of a cancelled job (the dialog ignores it). */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled')
    this.name = 'ExportCancelled'
  }
}

/** Said where frames cannot be drawn off the page's thread. */
export const NO_WORKER_MESSAGE =
  'This browser cannot draw frames in a worker (no OffscreenCanvas): try a recent Chrome, Edge, Firefox or Safari.'

function createBrowserWorker(): ExportPort | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null
  // This exact form lets Vite bundle the worker as its own module chunk (same origin: strict CSP).
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' })
  return worker as unknown as ExportPort
}

/**
 * Runs one export job on a worker of its own. The worker is terminated as soon as the job ends,
 * fails or is cancelled: nothing keeps running after the dialog is done with it.
 */
export function startExport(
  request: ExportRequest,
  onProgress: (done: number, total: number) => void = () => {},
  createWorker: () => ExportPort | null = createBrowserWorker,
): ExportJob {
  let worker: ExportPort | null = null
  let settle: (outcome: ExportResult | Error) => void = () => {}
  const promise = new Promise<ExportResult>((resolve, reject) => {
    settle = (outcome) => {
      settle = () => {}
      worker?.terminate()
      worker = null
      if (outcome instanceof Error) reject(outcome)
      else resolve(outcome)
    }
  })
  try {
    worker = createWorker()
  } catch (e) {
    settle(e instanceof Error ? e : new Error(NO_WORKER_MESSAGE))
  }
  if (!worker) settle(new Error(NO_WORKER_MESSAGE))
  else {
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') onProgress(data.done, data.total)
      else if (data.type === 'error') settle(new Error(data.message))
      else settle(data)
    }
    worker.onerror = () => settle(new Error('the export worker failed'))
    worker.postMessage(request)
  }
  return { promise, cancel: () => settle(new ExportCancelled()) }
}
