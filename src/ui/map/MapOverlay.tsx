import { memo, useId } from 'react'
import { CELL_STATUS_CODES, type TuningMap } from '../../core/tuningMap'
import type { TuningMapTheory } from '../../core/tuningMapTheory'
import { maxOf } from '../../core/extent'
import { HATCH } from './mapColors'
import { markerPath } from '../../render/geometry'
import { decadeTicks } from '../../render/logTicks'
import { useChartWidth } from '../../render/useChartWidth'
import {
  lrIndex,
  MAP_TEXT_PX,
  MAP_VIEW,
  momentumIndex,
  MOMENTUM_TICKS,
  oneDecimal as fmt,
  PLOT,
  type CellPos,
  type MapFrame,
} from './mapLayout'
import { TheoryLines } from './TheoryLines'

/** A run's setting on the map: its colour and marker, at the cell nearest its (lr, β). */
export interface RunMark extends CellPos {
  readonly id: string
  readonly label: string
  readonly color: string
  readonly marker: string
  readonly isSelected: boolean
}

interface Props {
  readonly map: TuningMap
  readonly frame: MapFrame
  readonly theory: TuningMapTheory | null
  readonly marks: readonly RunMark[]
  readonly hover: CellPos | null
  /** The keyboard cursor, drawn while the map has focus. */
  readonly cursor: CellPos | null
}

/**
 * 1, 2 and 5 times each power of ten inside [lo, hi], or the powers of ten alone where labels
 * `labelWidth` wide (user units) would overlap; one digit, so String(v) reads well.
 */
export function lrTicks(lo: number, hi: number, labelWidth = 0): number[] {
  const decade = PLOT.width / Math.log10(hi / lo)
  return decadeTicks(lo, hi, Math.log10(2) * decade >= labelWidth ? [1, 2, 5] : [1])
}

/** Axes, run marks, theory lines and the cell cursor, drawn over the heat map's canvas. */
export function MapOverlay({ map, frame, theory, marks, hover, cursor }: Props) {
  const clipId = useId()
  // The view is scaled to its box: text sized in user units so it draws at MAP_TEXT_PX.
  const [ref, widthPx] = useChartWidth<SVGSVGElement>(MAP_VIEW.width)
  const viewBox = `0 0 ${MAP_VIEW.width} ${MAP_VIEW.height}`
  // Nothing to lay out before the width is known: text sized now would be sized wrong.
  if (widthPx === null)
    return <svg ref={ref} className="me-map-overlay" viewBox={viewBox} aria-hidden="true" />
  const em = (MAP_TEXT_PX * MAP_VIEW.width) / widthPx
  const lrs = map.lrs
  const bottom = PLOT.y + PLOT.height
  const [lo, hi] = [lrs[0] as number, lrs[lrs.length - 1] as number]
  const longest = maxOf(
    lrTicks(lo, hi).map((v) => String(v).length),
    1,
  )
  const ticks = lrTicks(lo, hi, em * (0.6 * longest + 0.8))
  const cellBox = (p: CellPos, className: string) => (
    <rect
      className={className}
      x={fmt(frame.x(p.col) - frame.cellW / 2)}
      y={fmt(frame.y(p.row) - frame.cellH / 2)}
      width={fmt(frame.cellW)}
      height={fmt(frame.cellH)}
    />
  )
  return (
    <svg
      ref={ref}
      className="me-map-overlay"
      viewBox={viewBox}
      style={{ fontSize: fmt(em) + 'px' }}
      aria-hidden="true"
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={PLOT.x} y={PLOT.y} width={PLOT.width} height={PLOT.height} />
        </clipPath>
      </defs>
      <rect
        className="me-map-frame"
        x={PLOT.x}
        y={PLOT.y}
        width={PLOT.width}
        height={PLOT.height}
      />
      <DivergedHatch map={map} frame={frame} />
      <g className="me-map-axis">
        {ticks.map((v) => {
          const x = fmt(frame.x(lrIndex(map, v)))
          return (
            <g key={v}>
              <line x1={x} x2={x} y1={bottom} y2={bottom + 5} />
              <text x={x} y={bottom + 5} dy="1em" textAnchor="middle">
                {String(v)}
              </text>
            </g>
          )
        })}
        <text x={PLOT.x + PLOT.width / 2} y={MAP_VIEW.height} dy="-0.4em" textAnchor="middle">
          Learning rate α (log scale) →
        </text>
        {MOMENTUM_TICKS.map((m) => {
          const y = fmt(frame.y(momentumIndex(map, m)))
          return (
            <g key={m}>
              <line x1={PLOT.x - 5} x2={PLOT.x} y1={y} y2={y} />
              <text x={PLOT.x - 8} y={y} dy="0.32em" textAnchor="end">
                {m}
              </text>
            </g>
          )
        })}
        <text
          transform={`translate(${fmt(0.9 * em)},${PLOT.y + PLOT.height / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          Momentum β →
        </text>
      </g>
      {theory && <TheoryLines map={map} frame={frame} theory={theory} clipId={clipId} />}
      {marks.map((m) => (
        <g
          key={m.id}
          className={m.isSelected ? 'me-map-mark me-map-mark-selected' : 'me-map-mark'}
          data-run={m.id}
          transform={`translate(${fmt(frame.x(m.col))},${fmt(frame.y(m.row))})`}
          style={{ color: m.color }}
        >
          {m.isSelected && <circle r={9} className="me-map-mark-ring" />}
          <path d={markerPath(m.marker, 5)} fill="currentColor" stroke="#fff" strokeWidth={1.5} />
        </g>
      ))}
      {hover && cellBox(hover, 'me-map-hover')}
      {cursor && cellBox(cursor, 'me-map-cursor')}
    </svg>
  )
}

/** A diagonal over each diverged cell: a pattern, so colour is not the only cue. */
const DivergedHatch = memo(function DivergedHatch({
  map,
  frame,
}: {
  map: TuningMap
  frame: MapFrame
}) {
  let d = ''
  map.status.forEach((status, i) => {
    if (status !== CELL_STATUS_CODES.diverged) return
    const [row, col] = [Math.floor(i / frame.cols), i % frame.cols]
    const [x, y] = [frame.x(col) - frame.cellW / 2, frame.y(row) + frame.cellH / 2]
    d += `M${fmt(x)},${fmt(y)}l${fmt(frame.cellW)},${fmt(-frame.cellH)}`
  })
  return d ? <path d={d} fill="none" stroke={HATCH} data-cells="diverged" /> : null
})
