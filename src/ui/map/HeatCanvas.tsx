// The cells of the tuning map are drawn on a <canvas>: a 60 × 60 map is 3600 cells, and one SVG
// <rect> each would be 3600 DOM nodes to create, lay out and restyle per map (the style guide's
// escape hatch). This one memoized component owns the canvas through a ref and redraws from props
// in an effect; axes, marks, the diverged cells' hatch and theory lines stay in the SVG overlay on
// top, where React owns every node.
import { memo, useEffect, useRef } from 'react'
import { CELL_STATUS_CODES, type TuningMap } from '../../core/tuningMap'
import { rgb, STATUS_FILLS, stepsPosition, viridisRgb } from './mapColors'

interface Props {
  readonly map: TuningMap
  /** The colour scale's domain: fewest steps (brightest) to most. */
  readonly fewest: number
  readonly most: number
}

type Rgb = [number, number, number]
const FILLS: Record<number, Rgb> = {
  [CELL_STATUS_CODES.diverged]: rgb(STATUS_FILLS.diverged),
  [CELL_STATUS_CODES['not-converged']]: rgb(STATUS_FILLS['not-converged']),
}
const PENDING = rgb(STATUS_FILLS.pending)

/** Each cell's fill as one pixel (row 0 of the image is the top row of cells, the largest β). */
function draw(ctx: CanvasRenderingContext2D, { map, fewest, most }: Props) {
  const [cols, rows] = [map.lrs.length, map.momenta.length]
  const image = ctx.createImageData(cols, rows)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c
      const status = map.status[i] as number
      const fill =
        status === CELL_STATUS_CODES.converged
          ? viridisRgb(stepsPosition(map.convergedAt[i] as number, fewest, most))
          : (FILLS[status] ?? PENDING)
      image.data.set([...fill, 255], ((rows - 1 - r) * cols + c) * 4)
    }
  }
  ctx.putImageData(image, 0, 0)
}

/**
 * The map's cells as coloured rectangles (steps to converge): one canvas pixel a cell, scaled up
 * unsmoothed by CSS, so a redraw uploads a few kilobytes (a full-size canvas took 10–20 ms).
 */
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
      width={props.map.lrs.length}
      height={props.map.momenta.length}
      aria-hidden="true"
    />
  )
})
