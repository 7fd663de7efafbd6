import type { Theme } from './options'

/** Where a frame's parts go, in output pixels: header lines, the plot and the caption. */
export interface FrameLayout {
  readonly width: number
  readonly height: number
  readonly font: number
  readonly pad: number
  /** Baselines of the title line and of the legend line. */
  readonly titleY: number
  readonly legendY: number
  /** The plot's top-left corner and its scale from view units to output pixels. */
  readonly plotX: number
  readonly plotY: number
  readonly plotScale: number
  /** The caption's first baseline and its line height (null: no caption). */
  readonly captionY: number | null
  readonly lineHeight: number
}

/** Lines the caption may take; the comparing sentence fits in two at every offered size. */
export const CAPTION_LINES = 2

/** Lays a frame out: two header lines, the plot as large as fits with its aspect, the caption. */
export function frameLayout(
  width: number,
  height: number,
  plot: { width: number; height: number },
  hasCaption: boolean,
): FrameLayout {
  const font = Math.max(11, Math.round(Math.min(width, height * 1.6) / 44))
  const lineHeight = Math.round(font * 1.35)
  const pad = Math.round(font * 0.8)
  const titleY = pad + font
  const legendY = titleY + lineHeight
  const top = legendY + Math.round(font * 0.6)
  const bottom = hasCaption ? CAPTION_LINES * lineHeight + pad : pad
  const availW = Math.max(1, width - 2 * pad)
  const availH = Math.max(1, height - top - bottom)
  const plotScale = Math.min(availW / plot.width, availH / plot.height)
  const plotX = Math.round((width - plot.width * plotScale) / 2)
  const plotY = top + Math.round((availH - plot.height * plotScale) / 2)
  const captionY = hasCaption
    ? Math.round(plotY + plot.height * plotScale + pad * 0.5 + font)
    : null
  return {
    width,
    height,
    font,
    pad,
    titleY,
    legendY,
    plotX,
    plotY,
    plotScale,
    captionY,
    lineHeight,
  }
}

/** Colours around the plot; the plot itself keeps the page's colours in both themes. */
export const THEMES: Record<Theme, { background: string; text: string; muted: string }> = {
  light: { background: '#ffffff', text: '#111111', muted: '#555555' },
  dark: { background: '#15181d', text: '#f2f2f2', muted: '#b8b8b8' },
}
