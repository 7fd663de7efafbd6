import { useRunResults } from '../state/derived'
import { RunLabel } from '../render/LiveText'
import { RunSwatch } from './RunSwatch'

/** Which line is which: colour, line and marker shape (colour is never the only cue). */
export function RunLegend() {
  const results = useRunResults()
  return (
    <ul className="me-run-legend" aria-label="Legend">
      {results.map((r) => (
        <li key={r.run.id}>
          <RunSwatch result={r} width={26} strokeWidth={2.5} />
          <RunLabel result={r} />
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
