import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { standaloneSvg, trajectoriesCsv, trajectoriesJson } from '../render/exportData'
import { useExplorer } from '../state/context'
import { useRunResults } from '../state/derived'
import { download, svgToPng } from './download'

/** Download the figure (SVG, PNG) or the trajectories (CSV, JSON). */
export function ExportMenu({ figureRoot }: { figureRoot: () => HTMLElement | null }) {
  const results = useRunResults()
  const shared = useExplorer(
    useShallow((s) => ({ surface: s.surface, lr: s.lr, start: s.start, steps: s.steps })),
  )
  const [error, setError] = useState<string | null>(null)
  const svg = () => figureRoot()?.querySelector<SVGSVGElement>('svg.me-plot') ?? null
  const background = () => figureRoot()?.querySelector<SVGSVGElement>('svg.me-plot-bg') ?? null
  const name = `momentum-${shared.surface}`
  const saveSvg = () => {
    const el = svg()
    if (el) download(`${name}.svg`, standaloneSvg(el, background()), 'image/svg+xml')
  }
  const savePng = async () => {
    const el = svg()
    if (!el) return
    const box = el.viewBox.baseVal
    try {
      download(
        `${name}.png`,
        await svgToPng(standaloneSvg(el, background()), box.width, box.height),
      )
      setError(null)
    } catch (e) {
      setError(e instanceof Error ? e.message : 'PNG export failed')
    }
  }
  return (
    <div className="me-export" role="group" aria-label="Download">
      <span>Download</span>
      <button type="button" onClick={saveSvg}>
        SVG
      </button>
      <button type="button" onClick={savePng}>
        PNG
      </button>
      <button
        type="button"
        onClick={() => download(`${name}.csv`, trajectoriesCsv(results), 'text/csv')}
      >
        CSV
      </button>
      <button
        type="button"
        onClick={() =>
          download(`${name}.json`, trajectoriesJson(results, shared), 'application/json')
        }
      >
        JSON
      </button>
      {error && <span role="alert">{error}</span>}
    </div>
  )
}
