import type { Vec2 } from '../core'
import type { RunResult } from '../state/hooks'
import type { Scales } from './scales'
import { drawnPoints } from './TrajectoryLayer'
import './plot.css'

interface Props {
  readonly results: readonly RunResult[]
  readonly scales: Scales
  readonly playhead: number | null
  /** Whether to show the key to the cursor's arrows. */
  readonly hasKey: boolean
}

/** HTML over the plot (CSS-sized text): where diverged runs leave it, and the arrows' key. */
export function PlotOverlay({ results, scales, playhead, hasKey }: Props) {
  return (
    <>
      {results.map((r) => (
        <DivergedLabel key={r.run.id} result={r} scales={scales} playhead={playhead} />
      ))}
      {hasKey && <CursorKey />}
    </>
  )
}

/**
 * Where a diverged run's drawn path leaves the view, as fractions of its width and height: the
 * last segment cut at the edge (the whole path, if it ends inside). Null if nothing is drawable.
 */
export function exitPoint(points: readonly Vec2[], s: Scales): [number, number] | null {
  const b = points[points.length - 1]
  const a = points[points.length - 2] ?? b
  if (!a || !b) return null
  const [ax, ay, bx, by] = [s.x(a[0]), s.y(a[1]), s.x(b[0]), s.y(b[1])]
  // The fraction of a→b inside the view, from the two edges it may cross.
  let t = 1
  for (const [from, to, size] of [
    [ax, bx, s.width],
    [ay, by, s.height],
  ] as const) {
    if (to < 0) t = Math.min(t, from / (from - to))
    if (to > size) t = Math.min(t, (size - from) / (to - from))
  }
  const p: [number, number] = [(ax + t * (bx - ax)) / s.width, (ay + t * (by - ay)) / s.height]
  return p.every(Number.isFinite) ? p : null
}

/** A cross where the run leaves the view and "Gradient descent diverged at step 20" beside it. */
function DivergedLabel(p: { result: RunResult; scales: Scales; playhead: number | null }) {
  const k = p.result.trajectory.divergedAt
  const points = drawnPoints(p.result, p.scales)
  const at = k === null ? null : exitPoint(points, p.scales)
  if (!at || (p.playhead !== null && p.playhead < points.length - 1)) return null
  const [x, y] = at
  const place = { left: `${(x * 100).toFixed(2)}%`, top: `${(y * 100).toFixed(2)}%` }
  return (
    <>
      <span
        className="me-diverged-mark"
        // Slid by x and y of its own size: on any edge it stays whole, inside the plot.
        style={{
          ...place,
          translate: `${(-x * 100).toFixed(2)}% ${(-y * 100).toFixed(2)}%`,
          color: p.result.color,
        }}
        aria-hidden="true"
      >
        ✕
      </span>
      <span
        className="me-diverged"
        style={{
          ...place,
          // Slid along itself by x of its width: at any exit point it stays inside the plot.
          translate: `${(-x * 100).toFixed(2)}% ${y > 0.5 ? 'calc(-100% - 12px)' : '12px'}`,
          borderColor: p.result.color,
        }}
      >
        {p.result.label} diverged at step {k}
      </span>
    </>
  )
}

/** What the cursor's two arrows mean, in the plot's corner while they show. */
function CursorKey() {
  const swatch = (dashed: boolean) => (
    <svg width="26" height="8" aria-hidden="true">
      <line
        x1="1"
        y1="4"
        x2="25"
        y2="4"
        stroke="#333"
        strokeWidth={dashed ? 1.5 : 2.5}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
    </svg>
  )
  return (
    <ul className="me-arrow-key" aria-label="Arrows at the cursor">
      <li>{swatch(false)} the run’s step (its velocity)</li>
      <li>{swatch(true)} the step plain GD would take from there</li>
    </ul>
  )
}
