import { memo, useMemo } from 'react'
import type { Vec2 } from '../core'
import type { RunResult } from '../state/derived'
import { dotsPath, linePath, markerPath } from './geometry'
import type { Scales } from './scales'

interface Props {
  readonly result: RunResult
  readonly scales: Scales
  /** How many points to draw; the whole path when null. */
  readonly count: number | null
}

/**
 * Steps per frozen piece of a path while it plays. Each frame then changes only the growing end
 * (a few pixels around it), not every run's whole path: Chromium re-rasterizes what changed, and
 * with six runs that was the whole plot on every frame.
 */
export const PIECE_STEPS = 32

/**
 * One run: its path, a dot at each step and a marker at the last drawn point. Drawn whole, it is
 * one path; while it plays (a count is given), frozen pieces of PIECE_STEPS steps and the growing
 * end. Either way exactly one path per run carries `data-trajectory` and the run's label: the
 * whole path, or the growing end.
 */
export const TrajectoryLayer = memo(function TrajectoryLayer({ result, scales, count }: Props) {
  const { points } = result.trajectory
  const n = count === null ? points.length : Math.min(points.length, count + 1)
  const frozen = count === null ? 0 : Math.floor(Math.max(0, n - 1) / PIECE_STEPS)
  const from = frozen * PIECE_STEPS
  const d = useMemo(() => linePath(points, scales, n, from), [points, scales, n, from])
  const dots = useMemo(() => dotsPath(points, scales, n, from), [points, scales, n, from])
  const last = points[n - 1]
  const px = last ? scales.x(last[0]) : NaN
  const py = last ? scales.y(last[1]) : NaN
  const hasMarker = Number.isFinite(px) && Number.isFinite(py)
  return (
    <g className="me-run" style={{ color: result.color }}>
      {Array.from({ length: frozen }, (_, i) => (
        <FrozenPiece key={i} points={points} scales={scales} from={i * PIECE_STEPS} />
      ))}
      <path d={d} data-trajectory={result.run.id} aria-label={result.label} role="img" {...LINE} />
      <path d={dots} {...DOTS} />
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

const LINE = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinejoin: 'round',
} as const
const DOTS = {
  stroke: 'currentColor',
  strokeWidth: 4,
  strokeLinecap: 'round',
  'aria-hidden': true,
} as const

/** Steps `from` … `from + PIECE_STEPS` of a playing path: drawn once, then left alone. */
const FrozenPiece = memo(function FrozenPiece(p: {
  points: readonly Vec2[]
  scales: Scales
  from: number
}) {
  const to = p.from + PIECE_STEPS
  return (
    <>
      <path d={linePath(p.points, p.scales, to + 1, p.from)} {...LINE} aria-hidden="true" />
      <path d={dotsPath(p.points, p.scales, to, p.from)} {...DOTS} />
    </>
  )
})
