import { memo, useId, type ReactNode } from 'react'
import { HATCH, STATUS_FILLS, stepsColor } from './mapColors'

const GRADIENT_STOPS = 12

/** The map's key: the steps scale (log, fewest = brightest) and the two ways a run can fail. */
// Memoized: its props change with the map, not with every slider step.
export const MapLegend = memo(function MapLegend({
  fewest,
  most,
  hasTheory,
}: {
  fewest: number
  most: number
  hasTheory: boolean
}) {
  const gradientId = useId()
  const hatchId = useId()
  // Stops evenly spaced in log(steps), as the cells are coloured.
  const stops = Array.from({ length: GRADIENT_STOPS }, (_, i) => {
    const t = i / (GRADIENT_STOPS - 1)
    return {
      offset: `${(100 * t).toFixed(1)}%`,
      color: stepsColor(fewest * (most / fewest) ** t, fewest, most),
    }
  })
  const mid = Math.round(Math.sqrt(fewest * most))
  return (
    <div className="me-map-legend" role="group" aria-label="Map legend">
      <figure className="me-map-legend-scale">
        <figcaption>Steps to converge (brighter is faster)</figcaption>
        <svg viewBox="0 0 200 14" aria-hidden="true">
          <defs>
            <linearGradient id={gradientId}>
              {stops.map((s) => (
                <stop key={s.offset} offset={s.offset} stopColor={s.color} />
              ))}
            </linearGradient>
          </defs>
          <rect width="200" height="14" fill={`url(#${gradientId})`} />
        </svg>
        <div className="me-map-legend-ticks">
          <span>{fewest}</span>
          {mid > fewest && mid < most && <span>{mid}</span>}
          <span>{most}</span>
        </div>
      </figure>
      <ul>
        <li>
          <Swatch fill={STATUS_FILLS['not-converged']} />
          not converged within {most} steps
        </li>
        <li>
          <Swatch fill={`url(#${hatchId})`}>
            <defs>
              <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" fill={STATUS_FILLS.diverged} />
                <path d="M0,6L6,0" stroke={HATCH} strokeWidth="1.5" />
              </pattern>
            </defs>
          </Swatch>
          diverged
        </li>
        {hasTheory && (
          <li>
            <svg width="26" height="16" aria-hidden="true">
              <path className="me-map-edge-halo" d="M1,8H25" />
              <path className="me-map-edge" d="M1,8H25" />
            </svg>
            stability edge (theory); ⊕ optimal pair
          </li>
        )}
      </ul>
    </div>
  )
})

/** A square of the key: `fill` in a thin frame, over the `defs` (a pattern) it may use. */
function Swatch({ fill, children }: { fill: string; children?: ReactNode }) {
  return (
    <svg width="16" height="16" aria-hidden="true">
      {children}
      <rect x="0.5" y="0.5" width="15" height="15" fill={fill} stroke="#666" />
    </svg>
  )
}
