import type { Vec2 } from '../core'
import type { Scales } from './scales'

/** One decimal of a pixel; rounding by hand is several times faster than toFixed on hot paths. */
// Clamped to ±1e7 px: far off-screen yet safe from overflow (v·10 of a huge finite v is Infinity).
const PX_LIMIT = 1e7
const fmt = (v: number) => String(Math.round(Math.max(-PX_LIMIT, Math.min(PX_LIMIT, v)) * 10) / 10)

/** SVG path through the points. A non-finite point lifts the pen: NaN never reaches the DOM. */
export function linePath(points: readonly Vec2[], scales: Scales, count = points.length): string {
  let d = ''
  let pen = 'M'
  for (let i = 0; i < count && i < points.length; i++) {
    const p = points[i] as Vec2
    const px = scales.x(p[0])
    const py = scales.y(p[1])
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      pen = 'M'
      continue
    }
    d += `${pen}${fmt(px)},${fmt(py)}`
    pen = 'L'
  }
  return d
}

/** One zero-length segment per point: with a round line cap, a dot at every step in one path. */
export function dotsPath(points: readonly Vec2[], scales: Scales, count = points.length): string {
  let d = ''
  for (let i = 0; i < count && i < points.length; i++) {
    const p = points[i] as Vec2
    const px = scales.x(p[0])
    const py = scales.y(p[1])
    if (Number.isFinite(px) && Number.isFinite(py)) d += `M${fmt(px)},${fmt(py)}h0`
  }
  return d
}

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
