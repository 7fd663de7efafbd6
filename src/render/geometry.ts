import { flatten, type Vec2 } from '../core'
import type { Scales } from './scales'

/** Points to draw: as pairs, or interleaved (x0, y0, x1, y1, …) as trajectories keep them. */
export type Drawn = readonly Vec2[] | Float64Array

/** One decimal of a pixel; rounding by hand is several times faster than toFixed on hot paths. */
// Clamped to ±1e7 px: far off-screen yet safe from overflow (v·10 of a huge finite v is Infinity).
const PX_LIMIT = 1e7
const fmt = (v: number) => String(Math.round(Math.max(-PX_LIMIT, Math.min(PX_LIMIT, v)) * 10) / 10)

/**
 * Calls `emit(px, py, isFirstOfRun)` for the drawable points from `from` up to `count`, skipping a
 * point closer than `minGap` pixels to the last one emitted (a converged run piles hundreds of
 * steps onto one pixel: drawing them costs paint time and shows nothing). The last drawable
 * point is always emitted, so a path ends exactly at its marker. Non-finite points break the run.
 */
function eachPixel(
  xy: Float64Array,
  scales: Scales,
  count: number,
  minGap: number,
  emit: (px: number, py: number, isFirst: boolean) => void,
  from = 0,
) {
  const n = Math.min(count, xy.length / 2)
  let isFirst = true
  let lastX = 0
  let lastY = 0
  // A skipped point, emitted if it ends the run (two numbers, not a pair: no garbage per point).
  let isPending = false
  let pendingX = 0
  let pendingY = 0
  for (let i = Math.max(0, from); i < n; i++) {
    const px = scales.x(xy[2 * i] as number)
    const py = scales.y(xy[2 * i + 1] as number)
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      if (isPending) emit(pendingX, pendingY, false)
      isPending = false
      isFirst = true
      continue
    }
    if (!isFirst && Math.abs(px - lastX) < minGap && Math.abs(py - lastY) < minGap) {
      isPending = true
      pendingX = px
      pendingY = py
      continue
    }
    emit(px, py, isFirst)
    isFirst = false
    isPending = false
    lastX = px
    lastY = py
  }
  if (isPending) emit(pendingX, pendingY, false)
}

/**
 * A path string of one `piece` per drawable point from `from` up to `count` (exclusive), points
 * closer than `minGap` pixels merged (see eachPixel).
 */
function pathOf(
  points: Drawn,
  scales: Scales,
  count: number,
  from: number,
  minGap: number,
  piece: (x: string, y: string, isFirst: boolean) => string,
): string {
  let d = ''
  const emit = (px: number, py: number, isFirst: boolean) => {
    d += piece(fmt(px), fmt(py), isFirst)
  }
  eachPixel(
    points instanceof Float64Array ? points : flatten(points),
    scales,
    count,
    minGap,
    emit,
    from,
  )
  return d
}

/**
 * SVG path through the points `from` to `count` (exclusive). A non-finite point lifts the pen:
 * NaN never reaches the DOM.
 */
export const linePath = (points: Drawn, scales: Scales, count = Infinity, from = 0) =>
  pathOf(points, scales, count, from, 0.5, (x, y, isFirst) => `${isFirst ? 'M' : 'L'}${x},${y}`)

/**
 * The outline of a regular octagon with circumradius r, as relative moves from its centre: `m`
 * to the first vertex, seven `l` edges and `z`. Filled, it looks like a disc of about the same
 * area and rasterizes for less than a round line cap, stroked as a curve (docs/performance.md).
 */
function octagonFrom(r: number): string {
  const vertex = (k: number) => {
    const a = ((k + 0.5) * Math.PI) / 4
    return [r * Math.cos(a), r * Math.sin(a)] as const
  }
  const round = (v: number) => String(Math.round(v * 100) / 100)
  let [px, py] = vertex(0)
  let d = `m${round(px)},${round(py)}`
  for (let k = 1; k < 8; k++) {
    const [x, y] = vertex(k)
    d += `l${round(x - px)},${round(y - py)}`
    px = x
    py = y
  }
  return `${d}z`
}

/** The dot's radius in view units: an octagon of the area of a disc of radius 2 (2.1). */
export const DOT_RADIUS = 2 * Math.sqrt(Math.PI / (2 * Math.SQRT2))
const DOT = octagonFrom(DOT_RADIUS)

/** A filled octagon per point: a dot at every visible step. */
export const dotsPath = (points: Drawn, scales: Scales, count = Infinity, from = 0) =>
  pathOf(points, scales, count, from, 2, (x, y) => `M${x},${y}${DOT}`)

/** A polygon ring in grid units → pixels: grid cell (i, j) covers the i-th column from the left. */
export function ringsToPath(
  rings: readonly (readonly (readonly number[])[])[],
  toPx: (gx: number, gy: number) => [number, number],
): string {
  let d = ''
  for (const ring of rings) {
    ring.forEach((pt, i) => {
      const [px, py] = toPx(pt[0] as number, pt[1] as number)
      d += `${i === 0 ? 'M' : 'L'}${fmt(px)},${fmt(py)}`
    })
    d += 'Z'
  }
  return d
}

/** A small marker shape centred on (0, 0), r pixels in radius, as a path. */
export function markerPath(shape: string, r: number): string {
  const s = fmt(r)
  const n = fmt(-r)
  switch (shape) {
    case 'square':
      return `M${n},${n}H${s}V${s}H${n}Z`
    case 'triangle':
      return `M0,${fmt(-r * 1.2)}L${fmt(r * 1.1)},${fmt(r * 0.8)}L${fmt(-r * 1.1)},${fmt(r * 0.8)}Z`
    case 'diamond':
      return `M0,${fmt(-r * 1.3)}L${s},0L0,${fmt(r * 1.3)}L${n},0Z`
    case 'cross':
      return `M${n},${n}L${s},${s}M${n},${s}L${s},${n}`
    case 'star':
      return `M0,${n}L${fmt(r * 0.3)},${fmt(-r * 0.3)}L${s},0L${fmt(r * 0.3)},${fmt(r * 0.3)}L0,${s}L${fmt(-r * 0.3)},${fmt(r * 0.3)}L${n},0L${fmt(-r * 0.3)},${fmt(-r * 0.3)}Z`
    default:
      return `M${n},0A${s},${s} 0 1,0 ${s},0A${s},${s} 0 1,0 ${n},0Z`
  }
}
