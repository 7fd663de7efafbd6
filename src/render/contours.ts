import { contours } from 'd3-contour'
import { scaleLinear, scaleLog } from 'd3-scale'
import type { Range, Surface } from '../core'
import { ringsToPath } from './geometry'
import type { Scales } from './scales'

/** One filled contour band: the region where f ≥ value, as an SVG path, and its fill colour. */
export interface ContourBand {
  readonly value: number
  readonly d: string
  readonly fill: string
}

export interface ContourSet {
  readonly bands: readonly ContourBand[]
  /** Thresholds and colours, for the legend. */
  readonly thresholds: readonly number[]
  readonly color: (v: number) => string
  /** Fraction of grid cells where f was not finite (the page says where it is undefined). */
  readonly undefinedFraction: number
  /** The region where f is not finite, as a path ('' when f is defined everywhere). */
  readonly undefinedPath: string
}

/** A light ramp so that the saturated run colours stay readable on top of it. */
const RAMP = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#8fb3d3', '#7b9cc4', '#6a84b4']

/**
 * Log-spaced thresholds above the grid's minimum: valleys get many lines, the steep walls few.
 * The top is the 98th percentile so one huge corner (Rosenbrock's 2500) does not flatten the rest.
 */
export function logThresholds(values: ArrayLike<number>, count = 18): number[] {
  const finite = Array.from(values)
    .filter(Number.isFinite)
    .sort((a, b) => a - b)
  if (finite.length === 0) return []
  const lo = finite[0] as number
  const hi = finite[Math.floor(0.98 * (finite.length - 1))] as number
  const span = hi - lo
  if (!(span > 0)) return [lo]
  // Offsets from the minimum, log-spaced between span/1000 and span.
  const offset = scaleLog()
    .domain([span / 1000, span])
    .range([0, 1])
  return Array.from({ length: count }, (_, i) => lo + offset.invert(i / (count - 1)))
}

/** A view: the x and y ranges drawn. */
export type Domain = { readonly x: Range; readonly y: Range }

/** Samples f at cell centres of an nx × ny grid over a view; row 0 is the top. */
export function sampleGrid(surface: Surface, domain: Domain, nx: number, ny: number): Float64Array {
  const values = new Float64Array(nx * ny)
  const { x, y } = domain
  for (let j = 0; j < ny; j++) {
    const yv = y[1] - ((j + 0.5) / ny) * (y[1] - y[0])
    for (let i = 0; i < nx; i++) {
      const xv = x[0] + ((i + 0.5) / nx) * (x[1] - x[0])
      values[j * nx + i] = surface.f(xv, yv)
    }
  }
  return values
}

/** Filled contour bands of the surface over a view, in the pixel space of `scales`. */
export function computeContours(
  surface: Surface,
  domain: Domain,
  scales: Scales,
  nx = 160,
  ny = 100,
): ContourSet {
  const values = sampleGrid(surface, domain, nx, ny)
  let bad = 0
  // d3-contour needs numbers everywhere: an undefined cell becomes +∞-like, above every band.
  const clean = Array.from(values, (v) => (Number.isFinite(v) ? v : (bad++, Number.MAX_VALUE)))
  const thresholds = logThresholds(values)
  // Colour by rank of the threshold, so the log spacing shows as an even ramp.
  const rank = scaleLinear<string>()
    .domain(RAMP.map((_, i) => (i / (RAMP.length - 1)) * Math.max(1, thresholds.length - 1)))
    .range(RAMP)
  const colorOf = (v: number) => {
    const i = thresholds.findIndex((t) => t >= v)
    return rank(i < 0 ? thresholds.length - 1 : i)
  }
  // Grid units → pixels: grid x 0..nx spans the view's width, grid y 0..ny spans it top to bottom.
  const toPx = (gx: number, gy: number): [number, number] => [
    (gx / nx) * scales.width,
    (gy / ny) * scales.height,
  ]
  const generator = contours().size([nx, ny]).smooth(true)
  const bands = thresholds.map((t, i) => ({
    value: t,
    d: ringsToPath(generator.contour(clean, t).coordinates.flat(), toPx),
    fill: rank(i),
  }))
  // Where f is undefined, a hatched region of its own rather than the colour of the highest band.
  const mask = Array.from(values, (v) => (Number.isFinite(v) ? 0 : 1))
  const undefinedPath = bad
    ? ringsToPath(generator.contour(mask, 0.5).coordinates.flat(), toPx)
    : ''
  return {
    bands,
    thresholds,
    color: colorOf,
    undefinedFraction: bad / values.length,
    undefinedPath,
  }
}

const cache = new WeakMap<Surface, Map<string, ContourSet>>()

/**
 * Contours of a surface at a plot size, computed once and shared by every panel: surfaces are
 * immutable objects, so they key the cache (a new custom expression is a new object).
 */
export function contoursFor(surface: Surface, domain: Domain, scales: Scales): ContourSet {
  const key = `${domain.x.join()},${domain.y.join()},${scales.width}x${scales.height}`
  let bySize = cache.get(surface)
  if (!bySize) cache.set(surface, (bySize = new Map()))
  let set = bySize.get(key)
  if (!set) bySize.set(key, (set = computeContours(surface, domain, scales)))
  return set
}
