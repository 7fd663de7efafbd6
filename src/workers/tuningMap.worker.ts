// The tuning-map worker: a module worker the client starts with
// new Worker(new URL('./tuningMap.worker.ts', import.meta.url), { type: 'module' }).
import { createTuningMapHandler } from './tuningMapHandler'
import type { ToWorker } from './tuningMapProtocol'

const handle = createTuningMapHandler((message, transfer) =>
  self.postMessage(message, { transfer }),
)
self.addEventListener('message', (event: MessageEvent<ToWorker>) => handle(event.data))
