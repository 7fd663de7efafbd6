// The cells of the tuning map are drawn on a <canvas>: a 60 × 60 map is 3600 cells, and one SVG
// <rect> each would be 3600 DOM nodes to create, lay out and restyle per map (the style guide's
// escape hatch). This one memoized component owns the canvas through a ref and redraws from props
// in an effect; axes, marks and theory lines stay in the SVG overlay on top, where React owns
// every node.
import { memo, useEffect, useRef } from 'react'
import { CELL_STATUS_CODES, type TuningMap } from '../../core/tuningMap'
import { HATCH, STATUS_FILLS, stepsColor } from './mapColors'
import { PLOT } from './mapLayout'

/** Device pixels per user unit of the overlay: crisp on high-density screens, cheap to fill. */
const SCALE = 2

interface Props {
  readonly map: TuningMap
  /** The colour scale's domain: fewest steps (brightest) to most. */
  readonly fewest: number
  readonly most: number
}

function draw(ctx: CanvasRenderingContext2D, { map, fewest, most }: Props) {
  const [cols, rows] = [map.lrs.length, map.momenta.length]
  const [w, h] = [PLOT.width * SCALE, PLOT.height * SCALE]
  // Whole-pixel edges: fractional ones would leave faint seams between neighbouring cells.
  const xs = Array.from({ length: cols + 1 }, (_, c) => Math.round((c * w) / cols))
  const ys = Array.from({ length: rows + 1 }, (_, r) => Math.round(((rows - r) * h) / rows))
  ctx.clearRect(0, 0, w, h)
  const hatched: [number, number, number, number][] = []
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c
      const status = map.status[i]
      ctx.fillStyle =
        status === CELL_STATUS_CODES.converged
          ? stepsColor(map.convergedAt[i] as number, fewest, most)
          : status === CELL_STATUS_CODES.diverged
            ? STATUS_FILLS.diverged
            : status === CELL_STATUS_CODES['not-converged']
              ? STATUS_FILLS['not-converged']
              : STATUS_FILLS.pending
      const [x0, x1, y0, y1] = [xs[c]!, xs[c + 1]!, ys[r + 1]!, ys[r]!]
      ctx.fillRect(x0, y0, x1 - x0, y1 - y0)
      if (status === CELL_STATUS_CODES.diverged) hatched.push([x0, y0, x1, y1])
    }
  }
  // One stroke for every diverged cell's diagonal: a pattern, so colour is not the only cue.
  ctx.beginPath()
  for (const [x0, y0, x1, y1] of hatched) {
    ctx.moveTo(x0, y1)
    ctx.lineTo(x1, y0)
  }
  ctx.strokeStyle = HATCH
  ctx.lineWidth = SCALE
  ctx.stroke()
}

/** The map's cells as coloured rectangles (steps to converge; hatched = diverged). */
export const HeatCanvas = memo(function HeatCanvas(props: Props) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    // getContext is null where canvas is not implemented (jsdom without the canvas package).
    const ctx = ref.current?.getContext('2d')
    if (ctx) draw(ctx, props)
  }, [props])
  return (
    <canvas
      ref={ref}
      className="me-map-canvas"
      width={PLOT.width * SCALE}
      height={PLOT.height * SCALE}
      aria-hidden="true"
    />
  )
})
