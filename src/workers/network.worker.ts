// The digits-network worker: a module worker the client starts with
// new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module' }).
// Training, projection and the landscape all run here, so the page only draws.
import { createNetworkHandler } from './networkHandler'
import type { ToNetworkWorker } from './networkProtocol'

const handle = createNetworkHandler((message, transfer) => self.postMessage(message, { transfer }))
self.addEventListener('message', (event: MessageEvent<ToNetworkWorker>) => handle(event.data))
