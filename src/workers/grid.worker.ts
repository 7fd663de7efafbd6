// The contour-grid worker: a module worker gridClient.ts starts through startWorker (works across
// origins too).
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
