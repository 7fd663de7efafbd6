import { useRunResults } from '../state/hooks'
import { RunSwatch } from './RunSwatch'

/**
 * Which line is which: colour, line and marker shape (colour is never the only cue).
 *
 * Its labels follow a slider drag once the steps pause (React), not in every step's frame like
 * the run's row: the legend sits above the plot, far from the sliders, and a change there widens
 * the screen area Chromium composites for each step (from the path and the slider to everything
 * between them and the legend), about a third more per step.
 */
export function RunLegend() {
  const results = useRunResults()
  return (
    <ul className="me-run-legend" aria-label="Legend">
      {results.map((r) => (
        <li key={r.run.id}>
          <RunSwatch result={r} width={26} strokeWidth={2.5} />
          <span>{r.label}</span>
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
