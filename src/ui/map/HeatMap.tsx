import { useMemo, type KeyboardEvent, type MouseEvent } from 'react'
import type { TuningMap } from '../../core/tuningMap'
import type { TuningMapTheory } from '../../core/tuningMapTheory'
import { HeatCanvas } from './HeatCanvas'
import { mapFrame, MAP_VIEW, moveCursor, PLOT, type CellPos } from './mapLayout'
import { MapOverlay, type RunMark } from './MapOverlay'

interface Props {
  readonly map: TuningMap
  readonly theory: TuningMapTheory | null
  readonly marks: readonly RunMark[]
  readonly fewest: number
  readonly most: number
  readonly hover: CellPos | null
  readonly cursor: CellPos
  readonly isFocused: boolean
  readonly describedBy: string
  readonly onHover: (pos: CellPos | null) => void
  readonly onCursor: (pos: CellPos) => void
  readonly onChoose: (pos: CellPos) => void
  readonly onFocusChange: (isFocused: boolean) => void
}

// The canvas sits exactly under the overlay's plot area: the same box, as percentages of the view.
const pct = (v: number, of: number) => `${(100 * v) / of}%`
const CANVAS_BOX = {
  left: pct(PLOT.x, MAP_VIEW.width),
  top: pct(PLOT.y, MAP_VIEW.height),
  width: pct(PLOT.width, MAP_VIEW.width),
  height: pct(PLOT.height, MAP_VIEW.height),
}

/** The interactive map: pointer to preview and pick a cell, arrows/Home/End/PageUp/PageDown + Enter. */
export function HeatMap(p: Props) {
  const [rows, cols] = [p.map.momenta.length, p.map.lrs.length]
  const frame = useMemo(() => mapFrame(rows, cols), [rows, cols])

  // The overlay fills this element and keeps the view's aspect ratio, so a uniform scale maps
  // client pixels to the view's user units.
  const cellOf = (e: MouseEvent<HTMLDivElement>): CellPos | null => {
    const r = e.currentTarget.getBoundingClientRect()
    if (!(r.width > 0 && r.height > 0)) return null
    return frame.cellAtPoint(
      ((e.clientX - r.left) / r.width) * MAP_VIEW.width,
      ((e.clientY - r.top) / r.height) * MAP_VIEW.height,
    )
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      p.onChoose(p.cursor)
      return
    }
    const next = moveCursor(p.cursor, e.key, rows, cols)
    if (!next) return
    e.preventDefault() // arrows and PageUp/PageDown would scroll the page
    p.onCursor(next)
  }
  return (
    <div
      className="me-map-view"
      role="application"
      aria-roledescription="tuning map"
      aria-label={`Tuning map, ${cols} learning rates by ${rows} momenta`}
      aria-describedby={p.describedBy}
      tabIndex={0}
      data-rows={rows}
      data-cols={cols}
      onMouseMove={(e) => {
        const pos = cellOf(e)
        if (pos?.row !== p.hover?.row || pos?.col !== p.hover?.col) p.onHover(pos)
      }}
      onMouseLeave={() => p.onHover(null)}
      onClick={(e) => {
        const pos = cellOf(e)
        if (pos) p.onChoose(pos)
      }}
      onKeyDown={onKeyDown}
      onFocus={() => p.onFocusChange(true)}
      onBlur={() => p.onFocusChange(false)}
    >
      <div className="me-map-canvas-box" style={CANVAS_BOX}>
        <HeatCanvas map={p.map} fewest={p.fewest} most={p.most} />
      </div>
      <MapOverlay
        map={p.map}
        frame={frame}
        theory={p.theory}
        marks={p.marks}
        hover={p.hover}
        cursor={p.isFocused ? p.cursor : null}
      />
    </div>
  )
}
