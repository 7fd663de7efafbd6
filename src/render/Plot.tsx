import {
  lazy,
  Suspense,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react'
import type { Surface, Vec2 } from '../core'
import type { RunResult } from '../state/hooks'
import { ContourLayer } from './ContourLayer'
import type { ContourSet } from './contours'
import type { Scales } from './scales'
import { TrajectoryLayer } from './TrajectoryLayer'
import { useLiveAttribute } from './useLiveAttribute'

interface Props {
  readonly surface: Surface
  readonly results: readonly RunResult[]
  readonly scales: Scales
  readonly contours: ContourSet
  readonly start: Vec2
  readonly lr: number
  readonly playhead: number | null
  /** The step under a cursor (loss-chart hover, or the playhead), or null. */
  readonly cursor: number | null
  readonly label: string
  readonly onMoveStart: (start: Vec2) => void
  /** The run whose slider has focus (store's focusedRunId): the only one that will change for a while. */
  readonly focused?: string | null
  /** Whether to show the key to the cursor's arrows (one per figure; default true). */
  readonly hasKey?: boolean
  /** Drawn under the runs: a preview of a run that does not exist yet, if any. */
  readonly ghost?: ReactNode
}

// Loaded when a cursor first shows (Play, Step, a hover on a chart): not needed for a first paint.
const CursorLayer = lazy(() => import('./CursorLayer').then((m) => ({ default: m.CursorLayer })))
// Loaded when a run diverges or a cursor shows.
const PlotOverlay = lazy(() => import('./PlotOverlay').then((m) => ({ default: m.PlotOverlay })))

/** Fraction of the view one arrow-key press moves the start (Shift: ten times as far). */
const KEY_STEP = 0.01

/** One contour plot with its runs; click, drag or arrow keys move the shared start point. */
export function Plot(p: Props) {
  const svg = useRef<SVGSVGElement>(null)
  const dragging = useRef(false)
  const { scales, surface } = p
  const ring = useRef<SVGGElement>(null)
  useLiveAttribute(ring, 'transform', ({ state }) => ringAt(state.start, scales))

  const toSurface = (e: PointerEvent<SVGSVGElement>): Vec2 | null => {
    const box = svg.current?.getBoundingClientRect()
    if (!box || box.width === 0 || box.height === 0) return null
    const vx = ((e.clientX - box.left) / box.width) * scales.width
    const vy = ((e.clientY - box.top) / box.height) * scales.height
    return [
      clampTo(scales.x.invert(vx), surface.domain.x),
      clampTo(scales.y.invert(vy), surface.domain.y),
    ]
  }
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return
    dragging.current = true
    e.currentTarget.setPointerCapture?.(e.pointerId)
    const at = toSurface(e)
    if (at) p.onMoveStart(at)
  }
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!dragging.current) return
    const at = toSurface(e)
    if (at) p.onMoveStart(at)
  }
  const onPointerUp = () => {
    dragging.current = false
  }
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const dir = ARROWS[e.key]
    if (!dir) return
    e.preventDefault()
    const f = e.shiftKey ? KEY_STEP * 10 : KEY_STEP
    const { x, y } = surface.domain
    p.onMoveStart([
      clampTo(p.start[0] + dir[0] * f * (x[1] - x[0]), x),
      clampTo(p.start[1] + dir[1] * f * (y[1] - y[0]), y),
    ])
  }

  const { under, top } = layersOf(p.results, p.focused ?? null, p.playhead)
  const runLayer = (r: RunResult) => (
    <TrajectoryLayer
      key={r.run.id}
      result={r}
      scales={scales}
      count={p.playhead}
      order={p.results.indexOf(r)}
    />
  )
  const viewBox = `0 0 ${scales.width} ${scales.height}`
  const hasKey = p.cursor !== null && p.hasKey !== false

  // Stacked SVGs: the runs sit in their own compositing layer, so a step re-rasterizes them, never
  // the contours under it. While one run's slider has focus the other runs join the page's layer
  // (under it), so a step re-rasterizes that run alone (figures in docs/performance.md).
  return (
    <div className="me-plot-wrap">
      <svg className="me-plot-bg" viewBox={viewBox} aria-hidden="true">
        <ContourLayer contours={p.contours} />
      </svg>
      <svg className="me-plot-still" viewBox={viewBox} role="presentation">
        {surface.minima.map((m, i) => (
          <circle
            key={i}
            className="me-minimum"
            cx={scales.x(m.x)}
            cy={scales.y(m.y)}
            r={m.isGlobal ? 6 : 4.5}
            fill={m.isGlobal ? '#1b9e3a' : '#fff'}
            stroke="#1b9e3a"
            strokeWidth={2}
          />
        ))}
        {under.map(runLayer)}
      </svg>
      <svg
        ref={svg}
        className="me-plot"
        viewBox={viewBox}
        role="application"
        aria-roledescription="contour plot"
        aria-label={`${p.label}. Start at (${p.start[0].toFixed(2)}, ${p.start[1].toFixed(2)}): click, drag or use the arrow keys to move it.`}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      >
        {p.ghost}
        {top.map(runLayer)}
        {p.cursor !== null && (
          <Suspense fallback={null}>
            <CursorLayer
              results={p.results}
              surface={surface}
              lr={p.lr}
              step={p.cursor}
              scales={scales}
            />
          </Suspense>
        )}
        {/* A ring on top of everything: the runs' markers that sit on the start show through it. */}
        <g ref={ring} className="me-start" transform={ringAt(p.start, scales)} fill="none">
          <circle r={8} stroke="#fff" strokeWidth={5} />
          <circle r={8} stroke="#111" strokeWidth={2.5} />
        </g>
      </svg>
      {(hasKey || p.results.some((r) => r.trajectory.divergedAt !== null)) && (
        <Suspense fallback={null}>
          <PlotOverlay results={p.results} scales={scales} playhead={p.playhead} hasKey={hasKey} />
        </Suspense>
      )}
    </div>
  )
}

/**
 * The runs drawn in the page's layer, under the others (`under`), and in the runs' own layer
 * (`top`): all on top unless a run's slider has focus and the paths are drawn whole (playback
 * changes every run's path).
 */
export function layersOf(
  results: readonly RunResult[],
  focused: string | null,
  playhead: number | null,
): { under: readonly RunResult[]; top: readonly RunResult[] } {
  const isSplit = focused !== null && playhead === null && results.some((r) => r.run.id === focused)
  if (!isSplit || results.length < 2) return { under: [], top: results }
  return {
    under: results.filter((r) => r.run.id !== focused),
    top: results.filter((r) => r.run.id === focused),
  }
}

const ARROWS: Record<string, Vec2> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
}

const ringAt = ([x, y]: Vec2, scales: Scales) =>
  `translate(${scales.x(x).toFixed(1)},${scales.y(y).toFixed(1)})`

const clampTo = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v))
