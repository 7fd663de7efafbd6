import { coordinatesOf, type Range, type Surface, type Vec2 } from '../core'
import type { RunResult } from '../state/hooks'
import type { Scene } from './scene'

/** What the page has on screen, from which a scene is built. */
export interface PageState {
  readonly surface: Surface
  readonly domain: { readonly x: Range; readonly y: Range }
  readonly plot: { readonly width: number; readonly height: number }
  readonly contours: readonly { readonly d: string; readonly fill: string }[]
  readonly results: readonly RunResult[]
  readonly start: Vec2
  readonly total: number
  readonly caption: string | null
}

/** The scene of the page's current state: its runs, contours and words, as plain data. */
export function buildScene(p: PageState): Scene {
  return {
    domain: p.domain,
    plotWidth: p.plot.width,
    plotHeight: p.plot.height,
    contours: p.contours,
    minima: p.surface.minima.map((m) => ({ x: m.x, y: m.y, isGlobal: m.isGlobal })),
    start: p.start,
    runs: p.results.map((r) => ({
      label: r.label,
      color: r.color,
      marker: r.marker,
      // a copy: the scene may be posted to a worker with its buffers
      points: coordinatesOf(r.trajectory).slice(),
    })),
    total: Math.max(0, Math.floor(Number.isFinite(p.total) ? p.total : 0)),
    title: p.surface.name,
    caption: p.caption,
  }
}
