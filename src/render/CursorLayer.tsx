import type { SVGProps } from 'react'
import type { Surface, Vec2 } from '../core'
import type { RunResult } from '../state/hooks'
import { markerPath } from './geometry'
import type { Scales } from './scales'

interface Props {
  readonly results: readonly RunResult[]
  readonly surface: Surface
  readonly lr: number
  readonly step: number
  readonly scales: Scales
}

/** Pixel position of a surface point, or null if it is not drawable. */
function px(p: Vec2 | undefined, scales: Scales): [number, number] | null {
  if (!p) return null
  const q: [number, number] = [scales.x(p[0]), scales.y(p[1])]
  return Number.isFinite(q[0]) && Number.isFinite(q[1]) ? q : null
}

/** A line from one pixel to another (none when the end is not drawable), styled by the caller. */
function Arrow({
  from,
  to,
  ...style
}: { from: [number, number]; to: [number, number] | null } & Omit<
  SVGProps<SVGLineElement>,
  'from' | 'to'
>) {
  return to && <line x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} {...style} />
}

/**
 * At the cursor step, each run's point with two arrows: the step it actually takes (solid: the
 * velocity) and the step plain GD would take from there (dashed: −lr·∇f). Where they differ is
 * momentum at work.
 */
export function CursorLayer({ results, surface, lr, step, scales }: Props) {
  return (
    <g className="me-cursor" aria-hidden="true">
      <ArrowDefs />
      {results.map((r) => {
        const { points } = r.trajectory
        const k = Math.min(step, points.length - 1)
        const here = points[k]
        const at = px(here, scales)
        if (!here || !at) return null
        const next = px(points[k + 1], scales)
        const g = surface.grad(here[0], here[1])
        const gdStep = px([here[0] - lr * g[0], here[1] - lr * g[1]], scales)
        return (
          <g key={r.run.id} style={{ color: r.color }}>
            <Arrow
              from={at}
              to={gdStep}
              stroke="#333"
              strokeWidth={1.5}
              strokeDasharray="4 3"
              markerEnd="url(#me-arrow-grey)"
            />
            <Arrow
              from={at}
              to={next}
              stroke="currentColor"
              strokeWidth={2.5}
              markerEnd="url(#me-arrow)"
            />
            <path
              d={markerPath(r.marker, 7)}
              transform={`translate(${at[0].toFixed(1)},${at[1].toFixed(1)})`}
              fill="#fff"
              stroke="currentColor"
              strokeWidth={2.5}
            />
          </g>
        )
      })}
    </g>
  )
}

/** An arrowhead marker for a line's end (`fill` may be 'context-stroke' where supported). */
export function ArrowMarker({ id, fill, size = 6 }: { id: string; fill: string; size?: number }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="8"
      refY="5"
      markerWidth={size}
      markerHeight={size}
      orient="auto-start-reverse"
    >
      <path d="M0,0L10,5L0,10Z" fill={fill} />
    </marker>
  )
}

/** Arrowheads for the cursor's arrows (context-stroke is not universal, so two markers). */
function ArrowDefs() {
  return (
    <defs>
      <ArrowMarker id="me-arrow" fill="context-stroke" />
      <ArrowMarker id="me-arrow-grey" fill="#333" />
    </defs>
  )
}
