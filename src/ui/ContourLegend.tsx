import { useMemo } from 'react'
import { useExplorer } from '../state/context'
import { useSurface } from '../state/hooks'
import { useAsyncContours } from './useAsyncContours'
import { PLOT_HEIGHT, PLOT_WIDTH } from './Figure'
import { makeScales } from '../render/scales'

/** The contour colours and the f values they stand for (levels are log-spaced above the minimum). */
export function ContourLegend() {
  const surface = useSurface()
  const view = useExplorer((s) => s.view)
  const domain = view ?? surface.domain
  const scales = useMemo(() => makeScales(domain, PLOT_WIDTH, PLOT_HEIGHT), [domain])
  const { contours } = useAsyncContours(surface, domain, scales)
  const bands = contours.bands
  const labelled = new Set([0, Math.floor(bands.length / 2), bands.length - 1])
  return (
    <div
      className="me-contour-legend"
      aria-label="Contour levels of f (log-spaced above the minimum)"
    >
      <span className="me-legend-title">f(x, y)</span>
      <ol>
        {bands.map((b, i) => (
          <li key={b.value} style={{ background: b.fill }}>
            {labelled.has(i) && <span>{formatLevel(b.value)}</span>}
          </li>
        ))}
      </ol>
    </div>
  )
}

const formatLevel = (v: number) =>
  Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-2)
    ? v.toExponential(0)
    : String(Number(v.toPrecision(2)))
