import { memo } from 'react'
import type { TuningMap } from '../../core/tuningMap'
import type { TuningMapTheory } from '../../core/tuningMapTheory'
import { lrIndex, momentumIndex, oneDecimal as fmt, PLOT, type MapFrame } from './mapLayout'

// Memoized: the theory lines depend on the map, not on the runs' marks that move with a drag.
export const TheoryLines = memo(function TheoryLines({
  map,
  frame,
  theory,
  clipId,
}: {
  map: TuningMap
  frame: MapFrame
  theory: TuningMapTheory
  clipId: string
}) {
  let edge = ''
  theory.edgeLrs.forEach((lr, row) => {
    edge += `${edge ? 'L' : 'M'}${fmt(frame.x(lrIndex(map, lr)))},${fmt(frame.y(row))}`
  })
  const gdX = frame.x(lrIndex(map, theory.gdStableBelowLr))
  const bottom = PLOT.y + PLOT.height
  const opt = theory.optimum
  const topRow = map.momenta.length - 1
  const topX = frame.x(lrIndex(map, theory.edgeLrs[topRow] as number))
  return (
    <g className="me-map-theory">
      <g clipPath={`url(#${clipId})`}>
        <path className="me-map-edge-halo" d={edge} />
        <path className="me-map-edge" d={edge} data-theory="edge" />
      </g>
      <text
        className="me-map-label"
        x={fmt(Math.min(topX, PLOT.x + PLOT.width) - 6)}
        y={PLOT.y}
        dy="1.1em"
        textAnchor="end"
      >
        stability edge
      </text>
      <g data-theory="gd-edge" transform={`translate(${fmt(gdX)},${bottom})`}>
        <path className="me-map-gd-edge" d="M0,0L-5,-8L5,-8Z" />
        <text className="me-map-label" y={-10} dy="-0.2em" textAnchor="middle">
          2/L
        </text>
      </g>
      {opt && (
        <g
          className="me-map-optimum"
          data-theory="optimum"
          transform={`translate(${fmt(frame.x(lrIndex(map, opt.lr)))},${fmt(frame.y(momentumIndex(map, opt.momentum)))})`}
        >
          <circle r={7} />
          <path d="M-4,0H4M0,-4V4" />
          <text className="me-map-label" x={-10} dy="0.32em" textAnchor="end">
            optimum
          </text>
        </g>
      )}
    </g>
  )
})
