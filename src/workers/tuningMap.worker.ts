// The tuning-map worker: a module worker tuningMapClient.ts starts through startWorker (works
// across origins too).
import { createTuningMapHandler } from './tuningMapHandler'
import type { ToWorker } from './tuningMapProtocol'

const handle = createTuningMapHandler((message, transfer) =>
  self.postMessage(message, { transfer }),
)
self.addEventListener('message', (event: MessageEvent<ToWorker>) => handle(event.data))
