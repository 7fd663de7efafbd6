import { lazy, Suspense, useState } from 'react'
import { standaloneSvg, trajectoriesCsv, trajectoriesJson } from '../render/exportData'
import { useExplorer, useExplorerStore, useSchedule } from '../state/context'
import { download, svgToPng } from './download'

// GIF, video and posters: the panel, its encoders and its worker load when it is first opened.
const AnimationExport = lazy(() =>
  import('./export/AnimationExport').then((m) => ({ default: m.AnimationExport })),
)

/** Download the figure (SVG, PNG) or the trajectories (CSV, JSON). */
export function ExportMenu({ figureRoot }: { figureRoot: () => HTMLElement | null }) {
  // Read when a button is pressed: the open menu need not re-render on every step of a drag.
  const { results } = useSchedule()
  const store = useExplorerStore()
  const surface = useExplorer((s) => s.surface)
  const [error, setError] = useState<string | null>(null)
  const [isAnimating, setAnimating] = useState(false)
  const svg = () => figureRoot()?.querySelector<SVGSVGElement>('svg.me-plot') ?? null
  // The layers under the runs' SVG, bottom first: contours, then the minima and any runs drawn
  // under the focused one while a slider has focus (see Plot).
  const backgrounds = () =>
    ['svg.me-plot-bg', 'svg.me-plot-still'].map(
      (sel) => figureRoot()?.querySelector<SVGSVGElement>(sel) ?? null,
    )
  const name = `momentum-${surface}`
  const saveSvg = () => {
    const el = svg()
    if (el) download(`${name}.svg`, standaloneSvg(el, backgrounds()), 'image/svg+xml')
  }
  const savePng = async () => {
    const el = svg()
    if (!el) return
    const box = el.viewBox.baseVal
    try {
      download(
        `${name}.png`,
        await svgToPng(standaloneSvg(el, backgrounds()), box.width, box.height),
      )
      setError(null)
    } catch (e) {
      setError(e instanceof Error ? e.message : 'PNG export failed')
    }
  }
  const saveCsv = () => download(`${name}.csv`, trajectoriesCsv(results.get()), 'text/csv')
  const saveJson = () => {
    const { lr, start, steps } = store.getState()
    const json = trajectoriesJson(results.get(), { surface, lr, start, steps })
    download(`${name}.json`, json, 'application/json')
  }
  const formats = [
    ['SVG', saveSvg],
    ['PNG', savePng],
    ['CSV', saveCsv],
    ['JSON', saveJson],
  ] as const
  return (
    <div className="me-export" role="group" aria-label="Download">
      <span>Download</span>
      {formats.map(([label, save]) => (
        <button key={label} type="button" onClick={save}>
          {label}
        </button>
      ))}
      <button type="button" aria-expanded={isAnimating} onClick={() => setAnimating(!isAnimating)}>
        GIF, video, posters…
      </button>
      {error && <span role="alert">{error}</span>}
      {isAnimating && (
        <Suspense fallback={<p>Loading…</p>}>
          <AnimationExport figureRoot={figureRoot} />
        </Suspense>
      )}
    </div>
  )
}

/** The lazy chunk's default (see lazyPanels). */
export default ExportMenu
