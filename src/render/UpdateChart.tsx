import { useMemo } from 'react'
import { dot, maxOf, sub, valleyAxes, type Vec2 } from '../core'
import { useExplorer } from '../state/context'
import { useSettledRunResults, useStepCount, useSurface } from '../state/derived'
import { CHART_MARGIN, signedScales } from './chartScales'
import { linePath } from './geometry'

const W = 640
const H = 120
/** The story is in the first steps: the zig-zag has mostly died out after these. */
const WINDOW = 80

/**
 * Each run's step split into its part across the valley and its part along it, step by step.
 * GD's across part flips sign every step; momentum's flips less, and its along part builds up.
 */
export function UpdateChart() {
  const surface = useSurface()
  // Settled: the trajectories repaint every frame of a drag; this panel when it pauses, and at
  // least once a second while it goes on.
  const results = useSettledRunResults()
  const steps = useStepCount()
  const cursor = useExplorer((s) => s.hoverStep ?? s.playhead)
  const axes = valleyAxes(surface)
  const isQuadratic = surface.quadratic !== undefined
  const n = Math.min(WINDOW, steps)
  const parts = useMemo(
    () =>
      results.map((r) => {
        const across: Vec2[] = []
        const along: Vec2[] = []
        const { points } = r.trajectory
        for (let k = 1; k <= n && k < points.length; k++) {
          const d = sub(points[k] as Vec2, points[k - 1] as Vec2)
          across.push([k, dot(d, axes.across)])
          along.push([k, dot(d, axes.along)])
        }
        return { r, across, along }
      }),
    [results, n, axes.across, axes.along],
  )
  // Scales and path strings once per change of the runs, not on every cursor move.
  const charts = useMemo(
    () =>
      (['across', 'along'] as const).map((key) => {
        const extent = maxOf(
          parts.flatMap((p) => p[key].map(([, v]) => Math.abs(v))),
          1e-12,
        )
        const scales = signedScales(n, extent, W, H)
        const lines = parts.map((p) => ({ r: p.r, d: linePath(p[key], scales) }))
        const title =
          key === 'across'
            ? isQuadratic
              ? 'Step across the valley'
              : 'Step in y'
            : isQuadratic
              ? 'Step along the valley'
              : 'Step in x'
        return { key, title, scales, lines }
      }),
    [parts, n, isQuadratic],
  )
  return (
    <div className="me-updates">
      {charts.map(({ key, title, scales, lines }) => {
        return (
          <figure key={key} className="me-chart">
            <figcaption>
              {title}, first {n} steps
            </figcaption>
            <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title} for each run`}>
              <line
                className="me-zero"
                x1={CHART_MARGIN.left}
                x2={W - CHART_MARGIN.right}
                y1={scales.y(0)}
                y2={scales.y(0)}
              />
              {lines.map(({ r, d }) => (
                <path key={r.run.id} d={d} fill="none" stroke={r.color} strokeWidth={1.5} />
              ))}
              {cursor !== null && cursor <= n && (
                <line
                  className="me-step-cursor"
                  x1={scales.x(cursor)}
                  x2={scales.x(cursor)}
                  y1={CHART_MARGIN.top}
                  y2={H - CHART_MARGIN.bottom}
                />
              )}
            </svg>
          </figure>
        )
      })}
    </div>
  )
}
