import { useRef, useState, type KeyboardEvent } from 'react'
import { useExplorer, useExplorerStore } from '../state/context'
import type { Params } from '../state/params'
import { PRESETS, presetParams, type Preset } from '../state/presets'
import { paramsOf } from '../state/store'
import { whenSurfaceReady } from '../state/surfaceRegistry'

// What makes a state a preset's: the inputs its story was measured at (not layout or the map).
const storyKey = (p: Params) =>
  JSON.stringify([
    p.surface,
    p.lr,
    p.start,
    p.steps,
    p.batch,
    p.seed,
    p.runs.map((r) => [r.momentum, r.rule]),
  ])
const KEYS = new Map(PRESETS.map((p) => [storyKey(presetParams(p)), p]))

/** One-click stories: one row, one tab stop (arrow keys move along it, as in a toolbar). */
export function Presets() {
  const store = useExplorerStore()
  const [active, setActive] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const apply = (p: Preset) =>
    whenSurfaceReady(p.surface, () => store.getState().load(presetParams(p)))
  const onKeyDown = (e: KeyboardEvent) => {
    const last = PRESETS.length - 1
    const next = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: last }[e.key]
    if (next === undefined) return
    e.preventDefault()
    const i = (next + PRESETS.length) % PRESETS.length
    setActive(i)
    buttons.current[i]?.focus()
  }
  return (
    <div className="me-presets" role="toolbar" aria-label="Presets" onKeyDown={onKeyDown}>
      {PRESETS.map((p, i) => (
        <button
          key={p.id}
          ref={(el) => {
            buttons.current[i] = el
          }}
          type="button"
          tabIndex={i === active ? 0 : -1}
          title={p.story}
          onFocus={() => setActive(i)}
          onClick={() => apply(p)}
        >
          {p.title}
        </button>
      ))}
    </div>
  )
}

/** The story of the preset the figure shows, while it shows exactly that preset's state. */
export function PresetStory() {
  const preset = useExplorer((s) => KEYS.get(storyKey(paramsOf(s))) ?? null)
  if (!preset) return null
  return (
    <p className="me-preset-story">
      <strong>{preset.title}.</strong> {preset.story}
    </p>
  )
}
