import { lazy, Suspense, useMemo } from 'react'
import type { Vec2 } from '../core'
import { useExplorer, useSchedule } from '../state/context'
import { useRunResults, useSurface } from '../state/hooks'
import { useExplorerPick } from '../state/usePick'
import { useAsyncContours } from './useAsyncContours'
import { RunLabel } from '../render/LiveText'
import { Plot } from '../render/Plot'
import { makeScales } from '../render/scales'

// Loaded when a tuning-map cell is hovered (the map itself is a lazy panel).
const GhostLayer = lazy(() => import('./GhostLayer').then((m) => ({ default: m.GhostLayer })))

export const PLOT_WIDTH = 640
export const PLOT_HEIGHT = 400

/** The contour view: every run on one plot (overlay), or one small panel per run (split). */
export function Figure() {
  const surface = useSurface()
  const results = useRunResults()
  const s = useExplorerPick(
    'start',
    'lr',
    'playhead',
    'hoverStep',
    'layout',
    'view',
    'focusedRunId',
    'setStart',
  )
  const hasGhost = useExplorer((st) => st.ghost !== null)
  const schedule = useSchedule()
  const domain = s.view ?? surface.domain
  const scales = useMemo(() => makeScales(domain, PLOT_WIDTH, PLOT_HEIGHT), [domain])
  // Data-set surfaces (logistic regression) sample their grid in a worker; the rest at once.
  const { contours, isPending } = useAsyncContours(surface, domain, scales)
  // While a data-set surface's grid is computed, say so instead of showing a blank plot.
  const pending = isPending ? (
    <p className="me-pending" role="status">
      Drawing the contours…
    </p>
  ) : null
  const cursor = s.hoverStep ?? s.playhead
  const common = {
    surface,
    scales,
    contours,
    start: s.start,
    lr: s.lr,
    playhead: s.playhead,
    cursor,
    ghost: hasGhost && (
      <Suspense fallback={null}>
        <GhostLayer surface={surface} scales={scales} />
      </Suspense>
    ),
    // A drag of the start point is live, like a slider's steps (see schedule.ts).
    onMoveStart: (at: Vec2) => schedule.live(() => s.setStart(at)),
  }
  if (s.layout === 'split') {
    return (
      <div className="me-split" role="group" aria-label="Runs side by side">
        {pending}
        {results.map((r, i) => (
          <figure key={r.run.id} className="me-panel">
            <figcaption style={{ color: r.color }}>
              <RunLabel result={r} />
            </figcaption>
            <Plot
              {...common}
              results={[r]}
              label={`${r.label} on ${surface.name}`}
              hasKey={i === 0}
            />
          </figure>
        ))}
      </div>
    )
  }
  return (
    <>
      {pending}
      <Plot
        {...common}
        results={results}
        focused={s.focusedRunId}
        label={`${surface.name} with ${results.length} runs`}
      />
    </>
  )
}
