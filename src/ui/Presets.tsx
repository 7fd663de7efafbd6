import { useExplorerStore } from '../state/context'
import { PRESETS, presetParams } from '../state/presets'

/** One-click stories. */
export function Presets() {
  const store = useExplorerStore()
  return (
    <nav className="me-presets" aria-label="Presets">
      {PRESETS.map((p) => (
        <button
          key={p.id}
          type="button"
          title={p.story}
          onClick={() => store.getState().load(presetParams(p))}
        >
          {p.title}
        </button>
      ))}
    </nav>
  )
}
