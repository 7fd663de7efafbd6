import { useRef, useState, type KeyboardEvent } from 'react'
import { useCatalog, useExplorerStore } from '../state/context'
import { PRESETS, presetParams, type Preset } from '../state/presets'

/** One-click stories: one row, one tab stop (arrow keys move along it, as in a toolbar). */
export function Presets() {
  const store = useExplorerStore()
  const catalog = useCatalog()
  const [active, setActive] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const apply = (p: Preset) =>
    catalog.whenReady(p.surface, () => store.getState().load(presetParams(p, catalog)))
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
    <>
      <div className="me-presets" role="toolbar" aria-label="Presets" onKeyDown={onKeyDown}>
        {PRESETS.map((p, i) => (
          <button
            key={p.id}
            ref={(el) => {
              buttons.current[i] = el
            }}
            type="button"
            tabIndex={i === active ? 0 : -1}
            onFocus={() => setActive(i)}
            onClick={() => apply(p)}
          >
            {p.title}
          </button>
        ))}
        {/* The digits network is a page of its own (src/ui/network), so this preset is a link. */}
        <a className="me-preset-link" href="?surface=digits&runs=0,0.9">
          Training a real network
        </a>
      </div>
    </>
  )
}

/** The lazy chunk's default (see lazyPanels). */
export default Presets
