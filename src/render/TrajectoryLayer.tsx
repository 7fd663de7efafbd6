import { memo, useMemo, useRef } from 'react'
import { coordinatesOf, type Trajectory, type Vec2 } from '../core'
import type { RunResult } from '../state/hooks'
import { dotsPath, linePath, markerPath } from './geometry'
import type { Scales } from './scales'
import { useLiveAttribute, type LiveFrame } from './useLiveAttribute'

interface Props {
  readonly result: RunResult
  readonly scales: Scales
  /** How many points to draw; the whole path when null. */
  readonly count: number | null
  /** Its place in the drawing order: the first run is drawn wide, so a later one on top of it
   * leaves it showing as a border where their paths overlap. */
  readonly order?: number
}

/**
 * Steps per frozen piece of a path while it plays. Each frame then changes only the growing end
 * (a few pixels around it), not every run's whole path: Chromium re-rasterizes what changed, and
 * with six runs that was the whole plot on every frame.
 */
export const PIECE_STEPS = 32

/** What a run's drawing changes from step to step: its line, its dots and its marker's place. */
interface Shapes {
  readonly line: string
  readonly dots: string
  /** The marker's transform; null when the last point is not drawable. */
  readonly marker: string | null
}

/**
 * One run: its path, a dot at each step and a marker at the last drawn point. Drawn whole, it is
 * one path; while it plays (a count is given), frozen pieces of PIECE_STEPS steps and the growing
 * end. Either way exactly one path per run carries `data-trajectory` and the run's label: the
 * whole path, or the growing end. Drawn whole, it also follows each live step (see schedule.ts).
 */
export const TrajectoryLayer = memo(function TrajectoryLayer({
  result,
  scales,
  count,
  order = 0,
}: Props) {
  const width = order === 0 ? 3.5 : 2
  const xy = coordinatesOf(result.trajectory)
  const frozen = spanOf(drawnCount(result, scales), count).from / PIECE_STEPS
  const shapes = useMemo(() => shapesOf(result, scales, count), [result, scales, count])
  const line = useRef<SVGPathElement>(null)
  const dots = useRef<SVGPathElement>(null)
  const marker = useRef<SVGPathElement>(null)
  // A live step's shapes of this run; none while it plays (a played path is React's).
  const live =
    (pick: (shapes: Shapes, next: RunResult) => string | null) =>
    ({ results }: LiveFrame) => {
      const next = count === null ? results.find((r) => r.run.id === result.run.id) : undefined
      return next && pick(shapesOf(next, scales, null), next)
    }
  useLiveAttribute(
    line,
    'd',
    live((s) => s.line),
  )
  // Its name says its momentum: it changes with the drawing.
  useLiveAttribute(
    line,
    'aria-label',
    live((_, next) => next.label),
  )
  useLiveAttribute(
    dots,
    'd',
    live((s) => s.dots),
  )
  useLiveAttribute(
    marker,
    'transform',
    live((s) => s.marker),
  )
  useLiveAttribute(
    marker,
    'display',
    live((s) => (s.marker === null ? 'none' : null)),
  )
  return (
    <g className="me-run" style={{ color: result.color }}>
      {Array.from({ length: frozen }, (_, i) => (
        <FrozenPiece key={i} xy={xy} scales={scales} from={i * PIECE_STEPS} width={width} />
      ))}
      <path
        ref={line}
        d={shapes.line}
        data-trajectory={result.run.id}
        aria-label={result.label}
        role="img"
        {...LINE}
        strokeWidth={width}
      />
      <path ref={dots} d={shapes.dots} {...DOTS} />
      <path
        ref={marker}
        d={markerPath(result.marker, 6)}
        transform={shapes.marker ?? undefined}
        display={shapes.marker === null ? 'none' : undefined}
        fill="currentColor"
        stroke="#fff"
        strokeWidth={1.5}
        aria-hidden="true"
      />
    </g>
  )
})

/**
 * The points drawn (`n`, the whole run when count is null) and where the live part starts (`from`):
 * while playing, after the frozen pieces of PIECE_STEPS steps.
 */
function spanOf(length: number, count: number | null): { n: number; from: number } {
  if (count === null) return { n: length, from: 0 }
  const n = Math.min(length, count + 1)
  return { n, from: Math.floor(Math.max(0, n - 1) / PIECE_STEPS) * PIECE_STEPS }
}

/** The run's shapes: the whole run when count is null (cached, as live drawing asks first). */
function shapesOf(result: RunResult, scales: Scales, count: number | null): Shapes {
  const hit = count === null ? wholeShapes.get(result.trajectory) : undefined
  if (hit?.scales === scales) return hit.shapes
  const xy = coordinatesOf(result.trajectory)
  const { n, from } = spanOf(drawnCount(result, scales), count)
  const px = n > 0 ? scales.x(xy[2 * n - 2] as number) : NaN
  const py = n > 0 ? scales.y(xy[2 * n - 1] as number) : NaN
  const shapes = {
    line: linePath(xy, scales, n, from),
    dots: dotsPath(xy, scales, n, from),
    marker:
      Number.isFinite(px) && Number.isFinite(py)
        ? `translate(${px.toFixed(1)},${py.toFixed(1)})`
        : null,
  }
  if (count === null) wholeShapes.set(result.trajectory, { scales, shapes })
  return shapes
}
// By trajectory: a run dragged back to a value it had keeps its trajectory (state/deriver.ts).
const wholeShapes = new WeakMap<Trajectory, { scales: Scales; shapes: Shapes }>()

/**
 * The points drawn: a diverged run's up to the first one of its last exit from the view, so its
 * path runs off the edge instead of crossing the plot between far-off points.
 */
export function drawnPoints(result: RunResult, scales: Scales): readonly Vec2[] {
  const { points } = result.trajectory
  const n = drawnCount(result, scales)
  return n === points.length ? points : points.slice(0, n)
}

/** How many points are drawn (see drawnPoints; cached per scales). */
function drawnCount(result: RunResult, scales: Scales): number {
  const xy = coordinatesOf(result.trajectory)
  const length = xy.length / 2
  if (result.trajectory.divergedAt === null) return length
  const hit = clipped.get(result.trajectory)
  if (hit?.scales === scales) return hit.count
  let i = length
  while (--i > 0 && !isInView(xy[2 * i] as number, xy[2 * i + 1] as number, scales));
  const count = Math.min(length, i + 2)
  clipped.set(result.trajectory, { scales, count })
  return count
}
const clipped = new WeakMap<Trajectory, { scales: Scales; count: number }>()
const isInView = (x: number, y: number, s: Scales) =>
  s.x(x) >= 0 && s.x(x) <= s.width && s.y(y) >= 0 && s.y(y) <= s.height

const LINE = {
  fill: 'none',
  stroke: 'currentColor',
  strokeLinejoin: 'round',
} as const
const DOTS = {
  fill: 'currentColor',
  'aria-hidden': true,
} as const

/** Steps `from` … `from + PIECE_STEPS` of a playing path: drawn once, then left alone. */
const FrozenPiece = memo(function FrozenPiece(p: {
  xy: Float64Array
  scales: Scales
  from: number
  width: number
}) {
  const to = p.from + PIECE_STEPS
  return (
    <>
      <path
        d={linePath(p.xy, p.scales, to + 1, p.from)}
        {...LINE}
        strokeWidth={p.width}
        aria-hidden="true"
      />
      <path d={dotsPath(p.xy, p.scales, to, p.from)} {...DOTS} />
    </>
  )
})
