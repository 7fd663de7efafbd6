import { useId, useMemo } from 'react'
import { AXES_XY, dot, sub, valleyAxes, type Vec2 } from '../core'
import { useExplorer } from '../state/context'
import { useSettledRunResults, useStepCount, useSurface, type RunResult } from '../state/hooks'
import { StepAxes } from '../render/ChartAxes'
import { RunLines, StepCursor } from '../render/chartMarks'
import { CHART_MARGIN, linearTicks, rangeRuns, signedScales } from '../render/chartScales'
import { linePath } from '../render/geometry'
import { tickLabel } from '../render/logTicks'
import { stepPicker } from '../render/stepPicker'
import { useChartWidth } from '../render/useChartWidth'
import '../render/charts.css'
import { useStaleMark } from './useStaleMark'

const H = 130
/** The story is in the first steps: the zig-zag has mostly died out after these. */
const WINDOW = 80

type Part = { readonly r: RunResult } & Record<'across' | 'along', Vec2[]>

/**
 * Each run's step split into its part across the valley and its part along it, step by step.
 * GD's across part flips sign every step; momentum's flips less, and its along part builds up.
 * The range comes from the runs that did not diverge; a diverged one runs off at the edge.
 */
export function UpdateChart() {
  const surface = useSurface()
  const results = useSettledRunResults()
  const steps = useStepCount()
  const cursor = useExplorer((s) => s.hoverStep ?? s.playhead)
  const setHoverStep = useExplorer((s) => s.setHoverStep)
  const [ref, W] = useChartWidth<HTMLDivElement>(640)
  useStaleMark(ref, results)
  // Letters only: a url(#…) reference with React's punctuation in it is fragile.
  const clip = `me-clip${useId().replace(/[^\w-]/g, '')}`
  // "Across the valley" only where the minimum has a clear steep axis; elsewhere x and y.
  const valley = valleyAxes(surface)
  const axes = valley.isClear ? valley : AXES_XY
  const isValley = valley.isClear
  const n = Math.min(WINDOW, steps)
  const parts = useMemo(
    () =>
      results.map((r): Part => {
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
  // Scales and path strings once per change of the runs or the width, not on every cursor move.
  const charts = useMemo(() => {
    const ranged = new Set(rangeRuns(results))
    const kept = parts.filter((p) => ranged.has(p.r))
    return (['across', 'along'] as const).map((key) => {
      const title =
        key === 'across'
          ? isValley
            ? 'Step across the valley'
            : 'Step in y'
          : isValley
            ? 'Step along the valley'
            : 'Step in x'
      if (W === null) return { key, title, drawing: null }
      const scales = signedScales(n, largestStep(kept, key), W, H)
      const lines = parts.map((p) => ({ r: p.r, d: linePath(p[key], scales) }))
      const yTicks = linearTicks(scales.y, 4).map((value) => ({ value, label: tickLabel(value) }))
      return { key, title, drawing: { W, scales, lines, yTicks } }
    })
  }, [results, parts, n, isValley, W])
  return (
    <div className="me-updates" ref={ref}>
      {charts.map(({ key, title, drawing }) => {
        const handlers =
          drawing &&
          stepPicker({
            max: n,
            current: cursor,
            x: drawing.scales.x,
            width: drawing.W,
            pick: setHoverStep,
            page: 10,
          })
        return (
          <figure key={key} className="me-chart">
            <figcaption>
              {title}, first {n} steps
            </figcaption>
            <svg
              style={drawing ? undefined : { height: H }}
              viewBox={drawing ? `0 0 ${drawing.W} ${H}` : undefined}
              role="img"
              aria-label={`${title} for each run`}
              onPointerDown={handlers?.onPointerDown}
              onPointerMove={handlers?.onPointerMove}
              onPointerLeave={handlers?.onPointerLeave}
            >
              {drawing && (
                <>
                  <StepAxes
                    scales={drawing.scales}
                    yTicks={drawing.yTicks}
                    clipId={`${clip}${key}`}
                  />
                  <line
                    className="me-zero"
                    x1={CHART_MARGIN.left}
                    x2={drawing.W - CHART_MARGIN.right}
                    y1={drawing.scales.y(0)}
                    y2={drawing.scales.y(0)}
                  />
                  <RunLines
                    lines={drawing.lines}
                    clipId={`${clip}${key}`}
                    kind="update"
                    width={1.5}
                  />
                  {cursor !== null && cursor <= n && (
                    <StepCursor x={drawing.scales.x(cursor)} height={H} />
                  )}
                </>
              )}
            </svg>
          </figure>
        )
      })}
    </div>
  )
}

/** The largest |step part| over these runs (a loop: the arrays are data-sized). */
export function largestStep(parts: readonly Part[], key: 'across' | 'along'): number {
  let most = 1e-12
  for (const p of parts) for (const [, v] of p[key]) if (Math.abs(v) > most) most = Math.abs(v)
  return most
}

/** The lazy chunk's default (see lazyPanels). */
export default UpdateChart
