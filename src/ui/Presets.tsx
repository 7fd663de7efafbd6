import { useExplorerStore } from '../state/context'
import { PRESETS, presetParams, type Preset } from '../state/presets'
import { whenSurfaceReady } from '../state/surfaceRegistry'

/** One-click stories. */
export function Presets() {
  const store = useExplorerStore()
  const apply = (p: Preset) =>
    whenSurfaceReady(p.surface, () => store.getState().load(presetParams(p)))
  return (
    <nav className="me-presets" aria-label="Presets">
      {PRESETS.map((p) => (
        <button key={p.id} type="button" title={p.story} onClick={() => apply(p)}>
          {p.title}
        </button>
      ))}
    </nav>
  )
}
