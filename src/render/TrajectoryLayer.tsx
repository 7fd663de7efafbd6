import { memo, useMemo } from 'react'
import type { RunResult } from '../state/derived'
import { dotsPath, linePath, markerPath } from './geometry'
import type { Scales } from './scales'

interface Props {
  readonly result: RunResult
  readonly scales: Scales
  /** How many points to draw; the whole path when null. */
  readonly count: number | null
}

/** One run: its path, a dot at each step and a marker at the last drawn point. */
export const TrajectoryLayer = memo(function TrajectoryLayer({ result, scales, count }: Props) {
  const { points } = result.trajectory
  const n = count === null ? points.length : Math.min(points.length, count + 1)
  const d = useMemo(() => linePath(points, scales, n), [points, scales, n])
  const dots = useMemo(() => dotsPath(points, scales, n), [points, scales, n])
  const last = points[n - 1]
  const px = last ? scales.x(last[0]) : NaN
  const py = last ? scales.y(last[1]) : NaN
  const hasMarker = Number.isFinite(px) && Number.isFinite(py)
  return (
    <g className="me-run" style={{ color: result.color }}>
      <path
        d={d}
        data-trajectory={result.run.id}
        aria-label={result.label}
        role="img"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      <path
        d={dots}
        stroke="currentColor"
        strokeWidth={4}
        strokeLinecap="round"
        aria-hidden="true"
      />
      {hasMarker && (
        <path
          d={markerPath(result.marker, 6)}
          transform={`translate(${px.toFixed(1)},${py.toFixed(1)})`}
          fill="currentColor"
          stroke="#fff"
          strokeWidth={1.5}
          aria-hidden="true"
        />
      )}
    </g>
  )
})
