import { useMemo, type KeyboardEvent, type PointerEvent } from 'react'
import { maxOf, minOf, type Vec2 } from '../core'
import { useExplorer } from '../state/context'
import { useSettledRunResults, useStepCount, useSurface } from '../state/derived'
import { CHART_MARGIN, logTicks, lossScales } from './chartScales'
import { linePath } from './geometry'

const W = 640
const H = 180

/**
 * Loss against iteration on a log axis, a line per run. Hovering or scrubbing (pointer or arrow keys)
 * picks a step that every panel highlights. The y value is loss − the lowest known minimum, so
 * surfaces with negative minima still fit a log axis.
 */
export function LossChart() {
  const surface = useSurface()
  // Settled: the trajectories repaint every frame of a drag; this panel when it pauses, and at
  // least once a second while it goes on.
  const results = useSettledRunResults()
  const steps = useStepCount()
  const hoverStep = useExplorer((s) => s.hoverStep)
  const setHoverStep = useExplorer((s) => s.setHoverStep)
  const floor = useMemo(() => {
    const known = surface.minima.map((m) => m.f)
    const seen = results.flatMap((r) => r.trajectory.losses)
    return minOf(seen, minOf(known))
  }, [surface, results])
  const { scales, series, hi } = useMemo(() => {
    const series = results.map((r) => ({
      r,
      pts: r.trajectory.losses.map((l, k): Vec2 => [k, l - floor]),
    }))
    const values = series.flatMap((x) => x.pts.map(([, v]) => v))
    const top = maxOf(values, 0)
    const bottom = minOf(values.filter((v) => v > 0))
    const lo = Math.max(bottom, top * 1e-12, 1e-16)
    const scales = lossScales(steps, lo, top, W, H)
    // Path strings here, not in the JSX: the chart re-renders on cursor moves, the lines do not.
    const lines = series.map((x) => ({ r: x.r, d: linePath(x.pts, scales) }))
    return { scales, series: lines, hi: top }
  }, [results, floor, steps])

  const pick = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    if (box.width === 0) return
    const vx = ((e.clientX - box.left) / box.width) * W
    setHoverStep(Math.max(0, Math.min(steps, Math.round(scales.x.invert(vx)))))
  }
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const delta = { ArrowLeft: -1, ArrowRight: 1, PageDown: -10, PageUp: 10 }[e.key]
    if (e.key === 'Escape') return setHoverStep(null)
    if (delta === undefined) return
    e.preventDefault()
    setHoverStep(Math.max(0, Math.min(steps, (hoverStep ?? 0) + delta)))
  }
  const ticks = logTicks(scales.y.invert(H - CHART_MARGIN.bottom), Math.max(hi, 1e-16))
  return (
    <figure className="me-chart">
      <figcaption>Loss above the minimum, per step (log scale)</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="slider"
        tabIndex={0}
        aria-label="Step cursor on the loss chart"
        aria-valuemin={0}
        aria-valuemax={steps}
        aria-valuenow={hoverStep ?? 0}
        aria-valuetext={hoverStep === null ? 'no step selected' : `step ${hoverStep}`}
        onPointerMove={pick}
        onPointerDown={pick}
        onPointerLeave={() => setHoverStep(null)}
        onKeyDown={onKey}
        onBlur={() => setHoverStep(null)}
      >
        {ticks.map((t) => (
          <g key={t} className="me-tick">
            <line
              x1={CHART_MARGIN.left}
              x2={W - CHART_MARGIN.right}
              y1={scales.y(t)}
              y2={scales.y(t)}
            />
            <text x={CHART_MARGIN.left - 4} y={scales.y(t) + 3} textAnchor="end">
              {`1e${Math.round(Math.log10(t))}`}
            </text>
          </g>
        ))}
        <text className="me-axis-label" x={W - CHART_MARGIN.right} y={H - 6} textAnchor="end">
          step
        </text>
        {series.map(({ r, d }) => (
          <path
            key={r.run.id}
            d={d}
            data-loss={r.run.id}
            fill="none"
            stroke={r.color}
            strokeWidth={1.8}
          />
        ))}
        {hoverStep !== null && (
          <line
            className="me-step-cursor"
            x1={scales.x(hoverStep)}
            x2={scales.x(hoverStep)}
            y1={CHART_MARGIN.top}
            y2={H - CHART_MARGIN.bottom}
          />
        )}
      </svg>
    </figure>
  )
}
