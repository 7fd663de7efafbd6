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
      {/* The digits network is a page of its own (src/ui/network), so this preset is a link. */}
      <a
        className="me-preset-link"
        href="?surface=digits&runs=0,0.9"
        title="GD and momentum train a network on handwritten digits"
      >
        Training a real network
      </a>
    </nav>
  )
}
