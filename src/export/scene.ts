import type { Range, Vec2 } from '../core'

/** One run as the export draws it: what its path on the page is built from. */
export interface SceneRun {
  readonly label: string
  readonly color: string
  readonly marker: string
  /** The trajectory's points, x and y interleaved (cheap to post to a worker). */
  readonly points: Float64Array
}

/**
 * Everything a frame is drawn from, in the page's own terms: the view and plot size its scales
 * are made from, the contour bands' path strings as the page's SVG holds them, and the runs.
 * Plain data, so it can be posted to the export worker.
 */
export interface Scene {
  readonly domain: { readonly x: Range; readonly y: Range }
  /** The page's plot size in view units (its SVG viewBox). */
  readonly plotWidth: number
  readonly plotHeight: number
  readonly contours: readonly { readonly d: string; readonly fill: string }[]
  readonly minima: readonly { readonly x: number; readonly y: number; readonly isGlobal: boolean }[]
  readonly start: Vec2
  readonly runs: readonly SceneRun[]
  /** The step count a whole run takes (the playhead's last value). */
  readonly total: number
  readonly title: string
  /** The comparing sentence the page shows, or null. */
  readonly caption: string | null
}

/** Interleaved x, y → points (the form linePath and dotsPath take). */
export function pointsOf(flat: Float64Array): Vec2[] {
  const out: Vec2[] = []
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] as number, flat[i + 1] as number])
  return out
}

/** Points → interleaved x, y. */
export function flatten(points: readonly Vec2[]): Float64Array {
  const out = new Float64Array(points.length * 2)
  points.forEach(([x, y], i) => {
    out[2 * i] = x
    out[2 * i + 1] = y
  })
  return out
}
