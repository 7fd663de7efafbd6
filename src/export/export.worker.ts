// The export worker: draws frames on an OffscreenCanvas and encodes them, off the page's thread.
// One job per worker; the page terminates it when the job ends or is cancelled.
import { browserKit } from './browserKit'
import { handleExport, type VideoMaker } from './exportHandler'
import type { ExportMessage, ExportRequest } from './exportProtocol'
import { estimateVideo, pickVideoKind, renderVideo } from './videoWriter'

const post = (message: ExportMessage) => {
  const transfer = message.type === 'file' ? [message.bytes.buffer as ArrayBuffer] : []
  self.postMessage(message, { transfer })
}

const video: VideoMaker = {
  async estimate({ options, scene }) {
    const kind = await pickVideoKind(options)
    return kind && { bytes: estimateVideo(options, scene.total), container: kind.container }
  },
  async render({ options, scene }, onProgress) {
    const kind = await pickVideoKind(options)
    if (!kind) return null
    const canvas = new OffscreenCanvas(options.width, options.height)
    const bytes = await renderVideo(scene, options, kind, browserKit, canvas, onProgress)
    return { bytes, mime: kind.mime, extension: kind.container }
  },
}

self.onmessage = (event: MessageEvent<ExportRequest>) => {
  void handleExport(event.data, browserKit, post, video)
}
