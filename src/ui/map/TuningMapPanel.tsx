import { useEffect, useId, useMemo, useState } from 'react'
import { getSurface } from '../../core/surfaces'
import { cellAt, createTuningMap, type MapCell, type TuningMap } from '../../core/tuningMap'
import { minOf } from '../../core/extent'
import { nearestCell } from '../../core/tuningMapQuery'
import { tuningMapTheory } from '../../core/tuningMapTheory'
import { useExplorerPick } from '../../state/usePick'
import { useRunResults, useSettledRunResults } from '../../state/hooks'
import { useSettledLr } from '../../state/settledLr'
import { useTuningMap, type TuningMapRequest } from '../../state/useTuningMap'
import { describeCell } from './cellText'
import { HeatMap } from './HeatMap'
import { MapLegend } from './MapLegend'
import type { CellPos } from './mapLayout'
import type { RunMark } from './MapOverlay'
import { MapProgress } from './MapProgress'
import { MapToolbar } from './MapToolbar'
import { selectedResult } from './selectedRun'
import { TheoryReadout } from './TheoryReadout'
import { useMapActions } from './useMapActions'
import './map.css'

/** The map's step budget never exceeds this, whatever the page's `steps` (cost grows with it). */
export const MAP_STEP_LIMIT = 1000

/** Grid size (tests use a small one; the page uses the default 60 × 60). */
export interface TuningMapPanelProps {
  readonly lrCount?: number
  readonly momentumCount?: number
}

// Fewest steps of any converged cell: the bright end of the colour scale.
function fewestSteps(map: TuningMap): number {
  let fewest = Infinity
  for (const k of map.convergedAt) if (k >= 0 && k < fewest) fewest = k
  return Number.isFinite(fewest) ? Math.max(1, fewest) : 1
}

/** The tuning map: every (learning rate, momentum) pair at a glance, linked to the runs (#7). */
export default function TuningMapPanel({ lrCount = 60, momentumCount = 60 }: TuningMapPanelProps) {
  const results = useRunResults()
  const settled = useSettledRunResults()
  const s = useExplorerPick('surface', 'start', 'steps', 'lr', 'selectedRunId', 'setGhost')
  const { setGhost } = s
  const selected = selectedResult(results, s.selectedRunId)
  // The readout's measured rate needs a run's summary: it follows the settled results, like the
  // summary panel, rather than every step of a drag.
  const settledRun = selectedResult(settled, s.selectedRunId)
  const settledLr = useSettledLr()
  const rule = selected?.run.rule ?? 'heavy-ball'
  const budget = Math.min(s.steps, MAP_STEP_LIMIT)
  const surface = getSurface(s.surface) // built-in surfaces only: the worker must know them
  const request = useMemo<TuningMapRequest | null>(
    () =>
      surface
        ? { surfaceId: surface.id, start: s.start, rule, steps: budget, lrCount, momentumCount }
        : null,
    [surface, s.start, rule, budget, lrCount, momentumCount],
  )
  const state = useTuningMap(request)
  // Until the cells arrive, an empty map on the same axes: frame, theory and marks show at once.
  const map = useMemo(
    () => state.map ?? (surface && request ? createTuningMap(surface, request) : null),
    [state.map, surface, request],
  )
  const theory = useMemo(
    () => (surface && map ? tuningMapTheory(surface, map) : null),
    [surface, map],
  )
  const fewest = useMemo(() => (map ? fewestSteps(map) : 1), [map])
  const actions = useMapActions({ map: state.map, theory, selected, budget })
  const [hover, setHover] = useState<CellPos | null>(null)
  const [cursorAt, setCursor] = useState<CellPos | null>(null)
  const [isFocused, setFocused] = useState(false)
  const instructionsId = useId()

  useEffect(() => () => setGhost(null), [setGhost]) // no ghost left behind when the panel closes

  if (!surface || !map) {
    return (
      <section className="me-map" aria-label="Tuning map">
        <h2>Tuning map</h2>
        <p>The tuning map covers the built-in surfaces; choose one of them to see it.</p>
      </section>
    )
  }
  const marks: RunMark[] = results.flatMap((r) => {
    const c = nearestCell(map, s.lr, r.run.momentum)
    if (!c) return []
    const { id } = r.run
    const isSelected = id === selected?.run.id
    return [{ id, label: r.label, color: r.color, marker: r.marker, ...c, isSelected }]
  })
  const [rows, cols] = [map.momenta.length, map.lrs.length]
  const home = marks.find((m) => m.isSelected) ?? { row: 0, col: 0 }
  const cursor = cursorAt && cursorAt.row < rows && cursorAt.col < cols ? cursorAt : home
  const cellOf = (p: CellPos) => cellAt(map, p.row, p.col) as MapCell
  const shownCell = hover ?? (isFocused ? cursor : null)
  const preview = (p: CellPos | null) => {
    const c = p && cellOf(p)
    setGhost(c ? { lr: c.lr, momentum: c.momentum, rule } : null)
  }
  const runName = selected ? `run ${selected.index + 1} (${selected.label})` : 'the run'
  return (
    <section className="me-map" aria-label="Tuning map" data-state={state.phase}>
      <h2>Tuning map</h2>
      <MapToolbar
        rule={rule}
        budget={budget}
        results={results}
        selectedId={selected?.run.id ?? ''}
        canTune={state.phase === 'ready'}
        onTune={actions.tune}
      />
      <MapProgress state={state} />
      <p id={instructionsId} className="me-map-help">
        Hover a cell to preview its path on the contours; click it to give {runName} that pair.
        Keyboard: arrow keys move the cursor, Page Up/Down jump in momentum, Home/End go to the
        smallest/largest learning rate, Enter chooses.
      </p>
      <HeatMap
        map={map}
        theory={theory}
        marks={marks}
        fewest={fewest}
        most={budget}
        hover={hover}
        cursor={cursor}
        isFocused={isFocused}
        describedBy={instructionsId}
        onHover={(p) => {
          setHover(p)
          preview(p)
        }}
        onCursor={(p) => {
          setCursor(p)
          preview(p)
          actions.setMessage(describeCell(cellOf(p), budget))
        }}
        onChoose={(p) => {
          setCursor(p)
          actions.choose(cellOf(p))
        }}
        onFocusChange={(f) => {
          setFocused(f)
          if (!f && !hover) preview(null)
        }}
      />
      <p className="me-map-caption" aria-hidden="true">
        {shownCell ? describeCell(cellOf(shownCell), budget) : '\u00a0'}
      </p>
      <MapLegend fewest={fewest} most={budget} hasTheory={theory !== null} />
      {theory && settledRun && (
        <TheoryReadout
          theory={theory}
          run={settledRun}
          lr={settledLr}
          minLoss={minOf(surface.minima.map((m) => m.f))}
          onSnap={actions.snap}
        />
      )}
      <p className="me-map-status" role="status">
        {actions.message}
      </p>
    </section>
  )
}
