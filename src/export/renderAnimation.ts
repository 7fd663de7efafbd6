import { createFrameRenderer, type StepText } from './drawFrame'
import { createGifWriter, paletteFor } from './gifWriter'
import { THEMES } from './layout'
import { frameSteps, HOLD_MS, type AnimationOptions } from './options'
import type { CanvasKit } from './raster'
import type { Scene } from './scene'

/** Called after each frame: frames done so far, and in all. */
export type OnProgress = (done: number, total: number) => void

/** Colours a GIF's palette keeps exact: every run's, the text's and the plot's own. */
export function exactColors(scene: Scene, options: AnimationOptions): string[] {
  const t = THEMES[options.theme]
  return [...scene.runs.map((r) => r.color), t.background, t.text, '#ffffff', '#111111', '#1b9e3a']
}

/**
 * Each frame's delay in ms, in GIF's 10 ms units, so that their sum stays on the frame rate's
 * clock (1000 / 15 is not a whole number of units); the last frame is held when it loops.
 */
export function frameDelays(count: number, fps: number, hold: number): number[] {
  const at = (i: number) => Math.round((i * 100) / fps) * 10
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? hold : at(i + 1) - at(i)))
}

/** The animation as a GIF: every frame drawn with the page's geometry, then palettised. */
export function renderGif(
  scene: Scene,
  options: AnimationOptions,
  kit: CanvasKit,
  onProgress: OnProgress = () => {},
  steps: readonly number[] = frameSteps(options, scene.total),
): Uint8Array {
  const { width, height } = options
  const renderer = createFrameRenderer(scene, options, kit.makePath, kit)
  const raster = kit.create(width, height)
  renderer.draw(raster.ctx, steps[steps.length - 1] ?? scene.total)
  const exact = exactColors(scene, options)
  const palette = paletteFor(raster.pixels(), exact)
  const writer = createGifWriter({
    width,
    height,
    palette,
    loop: options.loop,
    exact: exact.length,
  })
  const delays = frameDelays(steps.length, options.fps, Math.max(HOLD_MS, 1000 / options.fps))
  steps.forEach((step, i) => {
    renderer.draw(raster.ctx, step)
    writer.add(raster.pixels(), delays[i] as number)
    onProgress(i + 1, steps.length)
  })
  return writer.finish()
}

/**
 * The GIF's size, estimated before encoding it: the first frame in full, plus as many changes
 * as there are frames, measured at a few places of the race.
 */
export function estimateGif(scene: Scene, options: AnimationOptions, kit: CanvasKit) {
  const steps = frameSteps(options, scene.total)
  const n = steps.length
  const first = renderGif(scene, options, kit, undefined, [steps[0] as number]).length
  const samples = [0.1, 0.35, 0.7].map((f) => Math.max(1, Math.min(n - 1, Math.round(f * n))))
  const changes = samples.map((k) => {
    const pair = [steps[k - 1] as number, steps[k] as number]
    const both = renderGif(scene, options, kit, undefined, pair).length
    const one = renderGif(scene, options, kit, undefined, [pair[0] as number]).length
    return both - one
  })
  const change = changes.reduce((a, b) => a + b, 0) / changes.length
  return { bytes: Math.round(first + (n - 1) * change), frames: n }
}

/** A still at `ratio`×: the frames drawn at `steps`, side by side, each with its own text. */
function renderStill(
  scene: Scene,
  options: AnimationOptions,
  kit: CanvasKit,
  ratio: number,
  steps: readonly number[],
  texts: readonly (StepText | undefined)[] = [],
): Promise<Uint8Array> {
  const renderer = createFrameRenderer(scene, options, kit.makePath)
  const { width, height } = options
  const raster = kit.create(steps.length * width * ratio, height * ratio)
  steps.forEach((step, i) => {
    raster.ctx.setTransform(ratio, 0, 0, ratio, i * width * ratio, 0)
    renderer.draw(raster.ctx, step, texts[i])
  })
  return raster.png()
}

/** A still at `ratio`× (2 for retina screens): the whole run, as the animation's last frame. */
export const renderPoster = (
  scene: Scene,
  options: AnimationOptions,
  kit: CanvasKit,
  ratio = 2,
): Promise<Uint8Array> => renderStill(scene, options, kit, ratio, [scene.total])

/** Steps the "before" half of the before/after still shows: the first few. */
export const beforeSteps = (total: number) => Math.min(total, 10)

/** Before and after, side by side at `ratio`×: the first steps, then the whole run. */
export function renderBeforeAfter(
  scene: Scene,
  options: AnimationOptions,
  kit: CanvasKit,
  ratio = 2,
): Promise<Uint8Array> {
  const before = beforeSteps(scene.total)
  const texts: StepText[] = [() => `first ${before} steps`, (_, total) => `all ${total} steps`]
  return renderStill(scene, options, kit, ratio, [before, scene.total], texts)
}
