import { markerPath } from '../render/geometry'
import { useRunResults } from '../state/derived'

/** Which line is which: colour, line and marker shape (colour is never the only cue). */
export function RunLegend() {
  const results = useRunResults()
  return (
    <ul className="me-run-legend" aria-label="Legend">
      {results.map((r) => (
        <li key={r.run.id}>
          <svg width="26" height="14" aria-hidden="true" style={{ color: r.color }}>
            <line x1="0" y1="7" x2="26" y2="7" stroke="currentColor" strokeWidth="2.5" />
            <path
              d={markerPath(r.marker, 4.5)}
              transform="translate(13,7)"
              fill="currentColor"
              stroke="#fff"
            />
          </svg>
          {r.label}
        </li>
      ))}
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill="#1b9e3a" stroke="#fff" />
        </svg>
        minimum
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill="#fff" stroke="#111" strokeWidth="2" />
        </svg>
        start
      </li>
    </ul>
  )
}
