import type { RunResult } from '../state/hooks'
import { CHART_MARGIN } from './chartScales'

/** A run's line in a chart: its path, drawn in the run's colour. */
export interface RunLine {
  readonly r: RunResult
  readonly d: string
}

/** One path per run, clipped to a chart's plot area; `data-<kind>` names each path's run. */
export function RunLines(p: {
  lines: readonly RunLine[]
  clipId: string
  kind: 'loss' | 'update'
  width: number
}) {
  return (
    <g clipPath={`url(#${p.clipId})`}>
      {p.lines.map(({ r, d }) => (
        <path
          key={r.run.id}
          d={d}
          {...{ [`data-${p.kind}`]: r.run.id }}
          fill="none"
          stroke={r.color}
          strokeWidth={p.width}
        />
      ))}
    </g>
  )
}

/** The vertical line at a chart's chosen step, across its plot area. */
export function StepCursor({ x, height }: { x: number; height: number }) {
  return (
    <line
      className="me-step-cursor"
      x1={x}
      x2={x}
      y1={CHART_MARGIN.top}
      y2={height - CHART_MARGIN.bottom}
    />
  )
}
