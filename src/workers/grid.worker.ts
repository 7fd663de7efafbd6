// The contour-grid worker: a module worker the client starts with
// new Worker(new URL('./grid.worker.ts', import.meta.url), { type: 'module' }).
// It bundles the model surfaces itself, so the page never evaluates a data-set loss 16 000 times.
import { getModel } from '../core/models'
import { getSurface } from '../core/surfaces'
import { createGridHandler } from './gridHandler'
import type { ToGridWorker } from './gridProtocol'

const handle = createGridHandler(
  (message, transfer) => self.postMessage(message, { transfer }),
  (id) => getSurface(id) ?? getModel(id)?.surface,
)
self.addEventListener('message', (event: MessageEvent<ToGridWorker>) => handle(event.data))
