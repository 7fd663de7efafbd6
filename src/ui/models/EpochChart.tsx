import { scaleLinear, scaleLog } from 'd3-scale'
import { useMemo } from 'react'
import { logTicks } from '../../render/logTicks'
import { stepPicker } from '../../render/stepPicker'
import { useChartWidth } from '../../render/useChartWidth'
import '../../render/charts.css'
import { thinLine, type EpochLine } from './epochSeries'

interface Props {
  /** Caption, also the chart's accessible name. */
  readonly title: string
  /** 'log' for losses; 'percent' for an accuracy in [0, 1], drawn 0–100 %. */
  readonly scale: 'log' | 'percent'
  readonly lines: readonly EpochLine[]
  readonly epochs: number
  readonly cursor: number | null
  /** The pointer or the arrow keys picked an epoch (null: it left the chart). */
  readonly onPick: (epoch: number | null) => void
  readonly format: (v: number) => string
}

const H = 190
const M = { left: 40, right: 10, top: 10, bottom: 30 }

/** A small chart of a per-epoch statistic, a line per run, with an epoch cursor shared by the page. */
export function EpochChart({ title, scale, lines, epochs, cursor, onPick, format }: Props) {
  // Drawn at its CSS size, so its 11 px labels stay 11 px on a phone.
  const [ref, W] = useChartWidth<SVGSVGElement>(320)
  const axes = useMemo(
    () => (W === null ? null : epochAxes(scale, lines, epochs, W)),
    [scale, lines, epochs, W],
  )
  const handlers =
    axes &&
    stepPicker({ max: epochs, current: cursor, x: axes.x, width: axes.W, pick: onPick, page: 5 })
  const readLine = (l: EpochLine, epoch: number) => {
    const v = valueAt(l, epoch)
    return `${l.label}: ${v === undefined ? 'stopped' : format(v)}`
  }
  const readout =
    cursor === null
      ? 'no epoch selected'
      : `epoch ${cursor}: ${lines.map((l) => readLine(l, cursor)).join(', ')}`
  return (
    <figure className="me-chart me-model-chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <svg
        ref={ref}
        style={axes ? undefined : { height: H }}
        viewBox={axes ? `0 0 ${axes.W} ${H}` : undefined}
        role="slider"
        tabIndex={0}
        aria-label={`Epoch cursor: ${title}`}
        aria-valuemin={0}
        aria-valuemax={epochs}
        aria-valuenow={cursor ?? 0}
        aria-valuetext={readout}
        {...handlers}
      >
        {axes && (
          <EpochMarks axes={axes} scale={scale} lines={lines} cursor={cursor} format={format} />
        )}
      </svg>
    </figure>
  )
}

const valueAt = (l: EpochLine, epoch: number) => l.values.find(([e]) => e === epoch)?.[1]

/** The chart's x and y scales, y ticks and x ticks at this width. */
function epochAxes(scale: Props['scale'], lines: readonly EpochLine[], epochs: number, W: number) {
  const x = scaleLinear()
    .domain([0, Math.max(1, epochs)])
    .range([M.left, W - M.right])
  const xTicks = x.ticks(Math.min(6, Math.max(1, epochs)))
  if (scale === 'percent') {
    const y = scaleLinear()
      .domain([0, 1])
      .range([H - M.bottom, M.top])
    return { W, x, y, ticks: [0, 0.25, 0.5, 0.75, 1], xTicks }
  }
  const values = lines.flatMap((l) => l.values.map(([, v]) => v)).filter((v) => v > 0)
  let [lo, hi] = values.length ? [Infinity, -Infinity] : [0.1, 1]
  for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)]
  // A little room above and below, and at least a factor of 2, so a flat line is not a wall.
  const [a, b] = [lo / 1.1, Math.max(hi * 1.1, (lo / 1.1) * 2)]
  const y = scaleLog()
    .domain([a, b])
    .range([H - M.bottom, M.top])
    .clamp(true)
  return { W, x, y, ticks: logTicks(a, b), xTicks }
}

interface MarksProps extends Pick<Props, 'scale' | 'lines' | 'cursor' | 'format'> {
  readonly axes: ReturnType<typeof epochAxes>
}

/** Grid, axis labels, a line per run and the epoch cursor, once the chart's width is known. */
function EpochMarks({ axes, scale, lines, cursor, format }: MarksProps) {
  const { W, x, y, ticks, xTicks } = axes
  const path = (values: EpochLine['values']) =>
    // Thinned to what half-pixels can show: a 2000-epoch line is a few hundred points.
    thinLine(
      values.filter(([, v]) => Number.isFinite(v)),
      (e) => x(e),
    )
      .map(([e, v], i) => `${i === 0 ? 'M' : 'L'}${x(e).toFixed(1)},${y(v).toFixed(1)}`)
      .join('')
  return (
    <>
      {ticks.map((t) => (
        <g key={t} className="me-tick">
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
          <text x={M.left - 4} y={y(t) + 3} textAnchor="end">
            {scale === 'percent' ? `${Math.round(t * 100)}%` : format(t)}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={t} className="me-axis-label" x={x(t)} y={H - M.bottom + 12} textAnchor="middle">
          {t}
        </text>
      ))}
      <line
        className="me-model-axis"
        x1={M.left}
        x2={W - M.right}
        y1={H - M.bottom}
        y2={H - M.bottom}
      />
      <text className="me-axis-label" x={(M.left + W - M.right) / 2} y={H - 3} textAnchor="middle">
        epoch
      </text>
      {lines.map((l) => (
        <path
          key={l.id}
          d={path(l.values)}
          data-epoch-line={l.id}
          fill="none"
          stroke={l.color}
          strokeWidth={2}
        />
      ))}
      {cursor !== null && (
        <g className="me-model-cursor">
          <line
            className="me-step-cursor"
            x1={x(cursor)}
            x2={x(cursor)}
            y1={M.top}
            y2={H - M.bottom}
          />
          {lines.map((l) => {
            const v = valueAt(l, cursor)
            return v === undefined || !Number.isFinite(v) ? null : (
              <circle key={l.id} cx={x(cursor)} cy={y(v)} r={3.5} fill={l.color} stroke="#fff" />
            )
          })}
        </g>
      )}
    </>
  )
}
