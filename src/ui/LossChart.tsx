import { useId, useMemo, useRef } from 'react'
import type { Vec2 } from '../core'
import { useExplorer } from '../state/context'
import { useSettledRunResults, useStepCount, useSurface, type RunResult } from '../state/hooks'
import { StepAxes } from '../render/ChartAxes'
import { RunLines, StepCursor } from '../render/chartMarks'
import { CHART_MARGIN, lossDomain, lossScales, rangeRuns } from '../render/chartScales'
import { linePath } from '../render/geometry'
import { logTicks, tickLabel } from '../render/logTicks'
import { stepPicker } from '../render/stepPicker'
import { useChartWidth } from '../render/useChartWidth'
import '../render/charts.css'
import { useStaleMark } from './useStaleMark'

const H = 180

/**
 * Loss against iteration on a log axis, a line per run. Hovering, tapping or scrubbing (pointer or
 * arrow keys) picks a step that every panel highlights, and the readout under the chart gives
 * each run's value there. The y value is loss − the lowest known minimum, so surfaces with
 * negative minima still fit a log axis. The range comes from the runs that did not diverge.
 */
export function LossChart() {
  const surface = useSurface()
  const results = useSettledRunResults()
  const steps = useStepCount()
  const hoverStep = useExplorer((s) => s.hoverStep)
  const setHoverStep = useExplorer((s) => s.setHoverStep)
  const [ref, W] = useChartWidth<SVGSVGElement>(640)
  const self = useRef<HTMLElement>(null)
  useStaleMark(self, results)
  const floor = useMemo(() => lossFloor(surface.minima, rangeRuns(results)), [surface, results])
  const drawing = useMemo(
    () => (W === null ? null : lossDrawing(results, floor, steps, W)),
    [results, floor, steps, W],
  )
  // Letters only: a url(#…) reference with React's punctuation in it is fragile.
  const clip = `me-clip${useId().replace(/[^\w-]/g, '')}`
  const handlers =
    drawing &&
    stepPicker({
      max: steps,
      current: hoverStep,
      x: drawing.scales.x,
      width: drawing.W,
      pick: setHoverStep,
      page: 10,
    })
  const readout = hoverStep === null ? null : lossReadout(results, hoverStep, floor)
  return (
    <figure ref={self} className="me-chart">
      <figcaption>Loss above the minimum, per step (log scale)</figcaption>
      <svg
        ref={ref}
        style={drawing ? undefined : { height: H }}
        viewBox={drawing ? `0 0 ${drawing.W} ${H}` : undefined}
        role="slider"
        tabIndex={0}
        aria-label="Step cursor on the loss chart"
        aria-valuemin={0}
        aria-valuemax={steps}
        aria-valuenow={hoverStep ?? 0}
        aria-valuetext={readout ?? 'no step selected'}
        {...handlers}
      >
        {drawing && (
          <LossMarks
            drawing={drawing}
            results={results}
            floor={floor}
            hoverStep={hoverStep}
            clip={clip}
          />
        )}
      </svg>
      <p className="me-chart-readout" aria-hidden="true">
        {readout ?? 'Hover, tap or use the arrow keys to read the loss at a step.'}
      </p>
    </figure>
  )
}

/** The loss chart's scales, path strings and y ticks at this width. */
function lossDrawing(results: readonly RunResult[], floor: number, steps: number, W: number) {
  const { lo, hi } = lossRange(rangeRuns(results), floor)
  const scales = lossScales(steps, lo, hi, W, H)
  // Path strings here, not in the JSX: the chart re-renders on cursor moves, the lines do not.
  const lines = results.map((r) => ({
    r,
    d: linePath(
      r.trajectory.losses.map((l, k): Vec2 => [k, l - floor]),
      scales,
    ),
  }))
  const yTicks = logTicks(...lossDomain(lo, hi)).map((value) => ({
    value,
    label: tickLabel(value),
  }))
  return { W, scales, lines, yTicks }
}

interface MarksProps {
  readonly drawing: ReturnType<typeof lossDrawing>
  readonly results: readonly RunResult[]
  readonly floor: number
  readonly hoverStep: number | null
  readonly clip: string
}

/** The loss chart's axes, lines, divergence labels and step cursor, once its width is known. */
function LossMarks({ drawing, results, floor, hoverStep, clip }: MarksProps) {
  const { W, scales, lines, yTicks } = drawing
  return (
    <>
      <StepAxes scales={scales} yTicks={yTicks} clipId={clip} />
      <RunLines lines={lines} clipId={clip} kind="loss" width={1.8} />
      {results.map((r, i) => {
        const k = r.trajectory.divergedAt
        if (k === null) return null
        const x = scales.x(k)
        return (
          <text
            key={r.run.id}
            className="me-axis-label me-chart-diverged"
            x={x}
            y={CHART_MARGIN.top + 12 + 14 * i}
            textAnchor={x > W / 2 ? 'end' : 'start'}
            style={{ fill: r.color }}
          >
            {`↑ ${r.label} diverged at step ${k}`}
          </text>
        )
      })}
      {hoverStep !== null && (
        <g className="me-chart-cursor" clipPath={`url(#${clip})`}>
          <StepCursor x={scales.x(hoverStep)} height={H} />
          {results.map((r) => {
            const l = r.trajectory.losses[hoverStep]
            const py = l === undefined ? NaN : scales.y(l - floor)
            return Number.isFinite(py) ? (
              <circle
                key={r.run.id}
                cx={scales.x(hoverStep)}
                cy={py}
                r={3.5}
                fill={r.color}
                stroke="#fff"
              />
            ) : null
          })}
        </g>
      )}
    </>
  )
}

/** The lowest of the surface's known minima and the given runs' losses (never −Infinity). */
export function lossFloor(
  minima: readonly { readonly f: number }[],
  results: readonly RunResult[],
): number {
  let low = Infinity
  for (const m of minima) if (m.f < low) low = m.f
  for (const r of results) for (const l of r.trajectory.losses) if (l < low) low = l
  return Number.isFinite(low) ? low : 0
}

/** The loss axis's range over these runs: their largest loss above the floor and their smallest positive one. */
export function lossRange(results: readonly RunResult[], floor: number) {
  let top = 0
  let bottom = Infinity
  for (const r of results)
    for (const l of r.trajectory.losses) {
      const v = l - floor
      if (v > top) top = v
      if (v > 0 && v < bottom) bottom = v
    }
  return { lo: Math.max(bottom, top * 1e-12, 1e-16), hi: top }
}

/** "Step 12: Gradient descent 0.032, Momentum 0.9 diverged at step 9 (above the minimum)". */
export function lossReadout(results: readonly RunResult[], step: number, floor: number): string {
  const parts = results.map((r) => {
    const l = r.trajectory.losses[step]
    const { divergedAt } = r.trajectory
    if (l !== undefined) return `${r.label} ${tickLabel(Number((l - floor).toPrecision(3)))}`
    return divergedAt === null ? `${r.label} stopped` : `${r.label} diverged at step ${divergedAt}`
  })
  return `Step ${step}: ${parts.join(', ')} (loss above the minimum)`
}

/** The lazy chunk's default (see lazyPanels). */
export default LossChart
