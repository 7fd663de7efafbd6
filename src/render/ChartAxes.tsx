import { CHART_MARGIN, stepTicks } from './chartScales'
import type { Scales } from './scales'

interface Props {
  readonly scales: Scales
  /** Values and labels along y, drawn as grid lines. */
  readonly yTicks: readonly { readonly value: number; readonly label: string }[]
  readonly xTicks: readonly number[]
  /** The x axis's name ("step", "epoch"), written at the bottom left, under the y labels. */
  readonly xName: string
  /** An id for the plot area's clip path, which the chart's lines use. */
  readonly clipId: string
}

/** A small chart's clip path (its plot area), y labels, x axis line with its tick labels, and the x axis's name. */
export function ChartAxes({ scales, yTicks, xTicks, xName, clipId }: Props) {
  const { width: w, height: h } = scales
  const bottom = h - CHART_MARGIN.bottom
  return (
    <g className="me-axes" aria-hidden="true">
      <clipPath id={clipId}>
        <rect
          x={CHART_MARGIN.left}
          y={CHART_MARGIN.top - 2}
          width={Math.max(0, w - CHART_MARGIN.left - CHART_MARGIN.right)}
          height={Math.max(0, bottom - CHART_MARGIN.top + 4)}
        />
      </clipPath>
      {yTicks.map((t) => (
        <g key={t.value} className="me-tick">
          <line
            x1={CHART_MARGIN.left}
            x2={w - CHART_MARGIN.right}
            y1={scales.y(t.value)}
            y2={scales.y(t.value)}
          />
          <text x={CHART_MARGIN.left - 4} y={scales.y(t.value)} dy="0.35em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      <line
        className="me-axis"
        x1={CHART_MARGIN.left}
        x2={w - CHART_MARGIN.right}
        y1={bottom}
        y2={bottom}
      />
      {xTicks.map((t) => (
        <text key={t} className="me-axis-label" x={scales.x(t)} y={bottom + 15} textAnchor="middle">
          {t}
        </text>
      ))}
      <text className="me-axis-label" x={CHART_MARGIN.left - 10} y={bottom + 15} textAnchor="end">
        {xName}
      </text>
    </g>
  )
}

/** The axes of a chart over steps: a tick label about every 70 px, the x axis named "step". */
export function StepAxes(props: Omit<Props, 'xTicks' | 'xName'>) {
  return <ChartAxes {...props} xTicks={stepTicks(props.scales, props.scales.width)} xName="step" />
}
