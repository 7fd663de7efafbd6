// The digits-network worker: a module worker networkClient.ts starts through startWorker (works
// across origins too).
// Training, projection and the landscape all run here, so the page only draws.
import { createNetworkHandler } from './networkHandler'
import type { ToNetworkWorker } from './networkProtocol'

const handle = createNetworkHandler((message, transfer) => self.postMessage(message, { transfer }))
self.addEventListener('message', (event: MessageEvent<ToNetworkWorker>) => handle(event.data))
