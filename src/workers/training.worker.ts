// The model-training worker: mini-batch and full-batch runs on the model surfaces, off the page's
// main thread. Started by trainingClient.ts through startWorker (works across origins too).
import { getModel } from '../core/models'
import { createTrainingHandler } from './trainingHandler'
import type { ToTrainingWorker } from './trainingProtocol'

const handle = createTrainingHandler(
  (message, transfer) => self.postMessage(message, { transfer }),
  (id) => getModel(id),
)
self.addEventListener('message', (event: MessageEvent<ToTrainingWorker>) => handle(event.data))
