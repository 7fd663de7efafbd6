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

/** Points → interleaved x, y (the scene's form of a run). */
export { flatten } from '../core'
