import type { Context2D } from './raster'
import type { FrameLayout } from './layout'
import type { Scene } from './scene'

/** The title on the first line (the step goes to its right), each run's label on the second. */
export function drawHeader(
  ctx: Context2D,
  layout: FrameLayout,
  scene: Scene,
  colors: { text: string; muted: string },
) {
  ctx.textBaseline = 'alphabetic'
  ctx.font = `bold ${layout.font}px sans-serif`
  ctx.fillStyle = colors.text
  ctx.textAlign = 'left'
  ctx.fillText(scene.title, layout.pad, layout.titleY)
  ctx.font = `${layout.font}px sans-serif`
  let x = layout.pad
  const swatch = layout.font * 0.8
  for (const r of scene.runs) {
    if (x > layout.width - layout.pad) break
    ctx.fillStyle = r.color
    ctx.fillRect(x, layout.legendY - swatch, swatch, swatch)
    x += swatch + layout.font * 0.35
    ctx.fillStyle = colors.text
    ctx.fillText(r.label, x, layout.legendY)
    x += ctx.measureText(r.label).width + layout.font * 1.2
  }
}

/** Greedy word wrap to `max` pixels; the last allowed line ends in "…" if the text is longer. */
export function wrap(ctx: Context2D, text: string, max: number, lines = 2): string[] {
  const out: string[] = []
  let line = ''
  const words = text.split(/\s+/).filter(Boolean)
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : (words[i] as string)
    if (ctx.measureText(next).width <= max || !line) {
      line = next
      continue
    }
    out.push(line)
    line = words[i] as string
    if (out.length === lines - 1) {
      const rest = words.slice(i).join(' ')
      let last = rest
      while (last.length > 1 && ctx.measureText(last).width > max) last = `${last.slice(0, -2)}…`
      return [...out, last]
    }
  }
  if (line) out.push(line)
  return out
}
