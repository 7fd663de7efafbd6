import { useId, useMemo } from 'react'
import { ArrowMarker } from '../../render/CursorLayer'
import { maxOf, minOf, valleyAxes, type Vec2 } from '../../core'
import { useExplorer } from '../../state/context'
import { useSettledRunResults, useSurface } from '../../state/hooks'
import { formatNumber } from '../format'
import { axisTerms, type AxisTerms } from './averageArrows'
import { AVERAGE_AT } from './storyText'

const SHOWN = 6
const W = 320
const ROW = 60

/**
 * Momentum's velocity being built at the cursor step: the last few gradients, each weighted by βʲ,
 * laid head to tail across and along the valley, and their sum (the velocity) under them. Each row
 * has its own scale: across the valley the parts are far larger, and cancel.
 */
export function AverageDiagram() {
  const surface = useSurface()
  const results = useSettledRunResults()
  const cursor = useExplorer((s) => s.hoverStep ?? s.playhead)
  const run = results.find((r) => r.run.momentum > 0 && r.run.rule === 'heavy-ball')
  const marker = `me-avg${useId().replace(/[^\w-]/g, '')}`
  const rows = useMemo(() => {
    const axes = valleyAxes(surface)
    if (!run || !axes.isClear) return null
    const { points } = run.trajectory
    const k = Math.max(1, Math.min(cursor ?? AVERAGE_AT, points.length - 1))
    const grads = points.slice(0, k).map(([x, y]): Vec2 => surface.grad(x, y))
    const beta = run.run.momentum
    return {
      k,
      across: axisTerms(grads, beta, axes.across, SHOWN),
      along: axisTerms(grads, beta, axes.along, SHOWN),
    }
  }, [run, surface, cursor])
  if (!run || !rows) return null
  const describe = (name: string, t: AxisTerms) =>
    `${name}: parts ${t.terms.map((v) => formatNumber(v)).join(', ')}; sum ${formatNumber(t.sum)}`
  return (
    <figure className="me-average">
      <figcaption>
        {run.label}’s velocity at step {rows.k}: the last {SHOWN} gradients, each weighted by βʲ
        (older ones in grey), head to tail, and their sum
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${2 * ROW + 8}`}
        role="img"
        aria-label={`${describe('Across the valley', rows.across)}. ${describe('Along the valley', rows.along)}.`}
      >
        <defs>
          <ArrowMarker id={marker} fill="context-stroke" size={5} />
        </defs>
        <Row y={4} label="across" t={rows.across} color={run.color} marker={marker} />
        <Row y={ROW + 4} label="along" t={rows.along} color={run.color} marker={marker} />
      </svg>
    </figure>
  )
}

function Row({
  y,
  label,
  t,
  color,
  marker,
}: {
  y: number
  label: string
  t: AxisTerms
  color: string
  marker: string
}) {
  // Where each term starts: the sum of the ones before it (head to tail from 0).
  const starts = t.terms.map((_, i) => t.terms.slice(0, i).reduce((a, b) => a + b, 0))
  const ends = starts.map((a, i) => a + (t.terms[i] ?? 0))
  const lo = minOf(ends, 0)
  const hi = maxOf(ends, 0)
  const span = Math.max(hi - lo, Math.abs(t.sum), 1e-12)
  const x0 = 60
  const px = (v: number) => x0 + ((v - lo) / span) * (W - x0 - 10)
  const arrows = t.terms.map((v, i) => {
    const dy = y + 3 + i * 4.5 // a staircase: each term on its own line, head to tail
    if (Math.abs(v) / span < 0.005) return null
    return (
      <line
        key={i}
        x1={px(starts[i] ?? 0)}
        x2={px(ends[i] ?? 0)}
        y1={dy}
        y2={dy}
        stroke={i === 0 ? '#999' : '#555'}
        strokeWidth={1.5}
        markerEnd={`url(#${marker})`}
      />
    )
  })
  return (
    <g>
      <text x={0} y={y + 14} className="me-average-label">
        {label}
      </text>
      <line x1={px(0)} x2={px(0)} y1={y} y2={y + 50} stroke="#bbb" />
      {arrows}
      <line
        x1={px(0)}
        x2={px(t.sum)}
        y1={y + 44}
        y2={y + 44}
        stroke={color}
        strokeWidth={3}
        markerEnd={`url(#${marker})`}
      />
      <text x={0} y={y + 48} className="me-average-label">
        sum
      </text>
    </g>
  )
}
