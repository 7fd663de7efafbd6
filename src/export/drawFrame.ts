import { dotsPath, linePath, markerPath } from '../render/geometry'
import { makeScales, type Scales } from '../render/scales'
import { drawHeader, wrap } from './frameText'
import { frameLayout, THEMES } from './layout'
import type { Theme } from './options'
import type { CanvasKit, Context2D, MakePath, Raster } from './raster'
import type { Scene } from './scene'

export interface FrameStyle {
  readonly width: number
  readonly height: number
  readonly theme: Theme
  readonly caption: boolean
}

/** What a frame's step line says: "step 37 of 200", or a label of its own (posters). */
export type StepText = (step: number, total: number) => string
const defaultStepText: StepText = (step, total) => `step ${step} of ${total}`

/**
 * A frame renderer for one scene and style: `draw(ctx, step)` paints the frame at `step` (as the
 * page's playhead: points 0…step of every run) into a context of the style's size. Contours and
 * markers become Path2D objects once; the runs' path strings come from the page's geometry.
 * With `kit`, what never moves (background, contours, minima, title, legend, caption) is painted
 * once into a raster of its own and copied under each frame: use it at 1× only (animations).
 */
export function createFrameRenderer(
  scene: Scene,
  style: FrameStyle,
  makePath: MakePath,
  kit?: CanvasKit,
) {
  const hasCaption = style.caption && scene.caption !== null
  const plot = { width: scene.plotWidth, height: scene.plotHeight }
  const layout = frameLayout(style.width, style.height, plot, hasCaption)
  const scales = makeScales(scene.domain, scene.plotWidth, scene.plotHeight)
  const contours = scene.contours.map((c) => ({ path: makePath(c.d), fill: c.fill }))
  const runs = scene.runs.map((r) => ({
    ...r,
    markerShape: makePath(markerPath(r.marker, 6)),
  }))
  const colors = THEMES[style.theme]
  let still: Raster | null = null

  /** Into the plot's own coordinates (view units), clipped to it. */
  const enterPlot = (ctx: Context2D) => {
    ctx.save()
    ctx.translate(layout.plotX, layout.plotY)
    ctx.scale(layout.plotScale, layout.plotScale)
    ctx.beginPath()
    ctx.rect(0, 0, scene.plotWidth, scene.plotHeight)
    ctx.clip()
  }

  const drawStill = (ctx: Context2D) => {
    ctx.fillStyle = colors.background
    ctx.fillRect(0, 0, layout.width, layout.height)
    drawHeader(ctx, layout, scene, colors)
    enterPlot(ctx)
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, scene.plotWidth, scene.plotHeight)
    for (const c of contours) {
      // The page's bands: filled, with a faint white edge (ContourLayer); a pattern becomes grey.
      ctx.fillStyle = c.fill.startsWith('url(') ? '#e6e6e6' : c.fill
      ctx.fill(c.path)
      ctx.strokeStyle = '#ffffff'
      ctx.globalAlpha = 0.55
      ctx.lineWidth = 0.6
      ctx.stroke(c.path)
      ctx.globalAlpha = 1
    }
    for (const m of scene.minima) {
      circle(ctx, scales.x(m.x), scales.y(m.y), m.isGlobal ? 6 : 4.5)
      ctx.fillStyle = m.isGlobal ? '#1b9e3a' : '#ffffff'
      ctx.fill()
      ctx.strokeStyle = '#1b9e3a'
      ctx.lineWidth = 2
      ctx.stroke()
    }
    ctx.restore()
    if (hasCaption && layout.captionY !== null) {
      ctx.font = `${layout.font}px sans-serif`
      const lines = wrap(ctx, scene.caption ?? '', layout.width - 2 * layout.pad)
      ctx.fillStyle = colors.text
      ctx.textAlign = 'center'
      lines.forEach((line, i) =>
        ctx.fillText(line, layout.width / 2, (layout.captionY as number) + i * layout.lineHeight),
      )
      ctx.textAlign = 'left'
    }
  }

  const draw = (ctx: Context2D, step: number, stepText: StepText = defaultStepText) => {
    if (kit) {
      if (!still) {
        still = kit.create(layout.width, layout.height)
        drawStill(still.ctx)
      }
      ctx.drawImage(still.image, 0, 0)
    } else drawStill(ctx)
    ctx.font = `${layout.font}px sans-serif`
    ctx.fillStyle = colors.muted
    ctx.textAlign = 'right'
    ctx.fillText(stepText(step, scene.total), layout.width - layout.pad, layout.titleY)
    ctx.textAlign = 'left'
    enterPlot(ctx)
    for (const r of runs) drawRun(ctx, r, scales, step, makePath)
    circle(ctx, scales.x(scene.start[0]), scales.y(scene.start[1]), 6)
    ctx.fillStyle = '#ffffff'
    ctx.fill()
    ctx.strokeStyle = '#111111'
    ctx.lineWidth = 2.5
    ctx.stroke()
    ctx.restore()
  }
  return { draw, layout }
}

function circle(ctx: Context2D, x: number, y: number, r: number) {
  ctx.beginPath()
  if (Number.isFinite(x) && Number.isFinite(y)) ctx.arc(x, y, r, 0, 2 * Math.PI)
}

/** One run as TrajectoryLayer draws it at a playhead: line, dots, and its marker at the end. */
function drawRun(
  ctx: Context2D,
  run: { color: string; points: Float64Array; markerShape: Path2D },
  scales: Scales,
  step: number,
  makePath: MakePath,
) {
  const n = Math.min(run.points.length / 2, step + 1)
  ctx.strokeStyle = run.color
  ctx.fillStyle = run.color
  ctx.lineWidth = 2
  ctx.lineJoin = 'round'
  const line = linePath(run.points, scales, n)
  if (line) ctx.stroke(makePath(line))
  const dots = dotsPath(run.points, scales, n)
  if (dots) ctx.fill(makePath(dots))
  const px = n > 0 ? scales.x(run.points[2 * n - 2] as number) : NaN
  const py = n > 0 ? scales.y(run.points[2 * n - 1] as number) : NaN
  if (!Number.isFinite(px) || !Number.isFinite(py)) return
  ctx.save()
  ctx.translate(Math.round(px * 10) / 10, Math.round(py * 10) / 10)
  ctx.fill(run.markerShape)
  ctx.strokeStyle = '#ffffff'
  ctx.lineWidth = 1.5
  ctx.stroke(run.markerShape)
  ctx.restore()
}
