import { frameSteps } from './options'
import { cleanOptions } from './options'
import { NO_VIDEO_NOTE, type ExportMessage, type ExportRequest } from './exportProtocol'
import type { CanvasKit } from './raster'
import { estimateGif, renderBeforeAfter, renderGif, renderPoster } from './renderAnimation'

/** How a video is made where one can be (the worker's mediabunny), or null: a GIF instead. */
export interface VideoMaker {
  readonly estimate: (
    request: ExportRequest,
  ) => Promise<{ bytes: number; container: string } | null>
  readonly render: (
    request: ExportRequest,
    onProgress: (done: number, total: number) => void,
  ) => Promise<{ bytes: Uint8Array; mime: string; extension: string } | null>
}

/** Does one export job and posts its messages: progress, then a file or an estimate, or an error. */
export async function handleExport(
  request: ExportRequest,
  kit: CanvasKit,
  post: (message: ExportMessage) => void,
  video: VideoMaker | null,
): Promise<void> {
  const options = cleanOptions(request.options)
  const job = { ...request, options }
  const onProgress = (done: number, total: number) => post({ type: 'progress', done, total })
  try {
    if (job.kind === 'poster' || job.kind === 'before-after') {
      const render = job.kind === 'poster' ? renderPoster : renderBeforeAfter
      const bytes = await render(job.scene, options, kit)
      post({ type: 'file', bytes, mime: 'image/png', extension: 'png', note: null })
      return
    }
    const wantsVideo = options.format === 'video'
    if (job.kind === 'estimate') {
      const v = wantsVideo && video ? await video.estimate(job) : null
      const frames = frameSteps(options, job.scene.total).length
      if (v) {
        post({ type: 'estimate', bytes: v.bytes, frames, container: v.container, note: null })
        return
      }
      const gif = estimateGif(job.scene, options, kit)
      const note = wantsVideo ? NO_VIDEO_NOTE : null
      post({ type: 'estimate', bytes: gif.bytes, frames, container: 'gif', note })
      return
    }
    const made = wantsVideo && video ? await video.render(job, onProgress) : null
    if (made) {
      post({ type: 'file', ...made, note: null })
      return
    }
    const bytes = renderGif(job.scene, options, kit, onProgress)
    const note = wantsVideo ? NO_VIDEO_NOTE : null
    post({ type: 'file', bytes, mime: 'image/gif', extension: 'gif', note })
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : 'the export failed' })
  }
}
