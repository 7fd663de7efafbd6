import {
  BufferTarget,
  CanvasSource,
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  WebMOutputFormat,
} from 'mediabunny'
import { createFrameRenderer } from './drawFrame'
import { durationOf, frameSteps, HOLD_MS, type AnimationOptions } from './options'
import type { CanvasKit } from './raster'
import type { OnProgress } from './renderAnimation'
import type { Scene } from './scene'

/** A video container and the codec it is encoded with. */
export interface VideoKind {
  readonly container: 'mp4' | 'webm'
  readonly codec: 'avc' | 'vp9' | 'vp8'
  readonly mime: string
}

const KINDS: readonly VideoKind[] = [
  { container: 'mp4', codec: 'avc', mime: 'video/mp4' },
  { container: 'webm', codec: 'vp9', mime: 'video/webm' },
  { container: 'webm', codec: 'vp8', mime: 'video/webm' },
]

/** Bits per second: a twentieth of a bit per pixel and frame, plenty for flat line art. */
export const bitrateOf = (o: AnimationOptions) => Math.round(o.width * o.height * o.fps * 0.05)

/** The video's size at most, before encoding it: the bitrate over the duration (flat art uses less). */
export const estimateVideo = (o: AnimationOptions, total: number) =>
  Math.round((bitrateOf(o) * (durationOf(o, total) + HOLD_MS / 1000)) / 8)

/**
 * What this browser can encode at this size: MP4 (H.264) first, else WebM (VP9, then VP8);
 * null without WebCodecs. mediabunny asks VideoEncoder.isConfigSupported.
 */
export async function pickVideoKind(o: AnimationOptions): Promise<VideoKind | null> {
  if (typeof VideoEncoder === 'undefined') return null
  for (const kind of KINDS) {
    const options = { width: o.width, height: o.height, bitrate: bitrateOf(o) }
    if (await canEncodeVideo(kind.codec, options)) return kind
  }
  return null
}

/** The animation as a video, drawn frame by frame on `canvas` (an OffscreenCanvas of the kit). */
export async function renderVideo(
  scene: Scene,
  options: AnimationOptions,
  kind: VideoKind,
  kit: CanvasKit,
  canvas: OffscreenCanvas,
  onProgress: OnProgress,
): Promise<Uint8Array> {
  const steps = frameSteps(options, scene.total)
  const renderer = createFrameRenderer(scene, options, kit.makePath, kit)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas in this worker')
  const format =
    kind.container === 'mp4'
      ? new Mp4OutputFormat({ fastStart: 'in-memory' })
      : new WebMOutputFormat()
  const output = new Output({ format, target: new BufferTarget() })
  const source = new CanvasSource(canvas, {
    codec: kind.codec,
    bitrate: bitrateOf(options),
    keyFrameInterval: 2,
    // The encoders' fast mode: flat line art gains little from a slower search (docs/export.md).
    latencyMode: 'realtime',
  })
  output.addVideoTrack(source, { frameRate: options.fps })
  await output.start()
  const dt = 1 / options.fps
  for (let i = 0; i < steps.length; i++) {
    renderer.draw(ctx, steps[i] as number)
    // The last frame stays up a while, as in the GIF, so the finished race can be read.
    const duration = i === steps.length - 1 ? Math.max(dt, HOLD_MS / 1000) : dt
    await source.add(i * dt, duration)
    onProgress(i + 1, steps.length)
  }
  await output.finalize()
  const buffer = output.target.buffer
  if (!buffer) throw new Error('the video encoder gave no data')
  return new Uint8Array(buffer)
}
