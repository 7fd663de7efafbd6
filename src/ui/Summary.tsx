import { useExplorer } from '../state/context'
import { useSettledRunResults, useStepCount, useSurface } from '../state/derived'
import { formatNumber } from './format'
import { comparison, emaNote, oscillationNote, runOutcome } from './summaryText'

/** Per-run results and the sentences comparing them; a polite live region for screen readers. */
export function Summary() {
  const surface = useSurface()
  // Settled: the trajectories repaint every frame of a drag; this panel when it pauses, and at
  // least once a second while it goes on.
  const results = useSettledRunResults()
  const steps = useStepCount()
  const lr = useExplorer((s) => s.lr)
  const notes = [comparison(results, steps), oscillationNote(results), emaNote(results, lr)].filter(
    (n): n is string => n !== null,
  )
  return (
    <section className="me-summary" aria-live="polite" aria-label="Results">
      <ul>
        {results.map((r) => (
          <li key={r.run.id} data-summary={r.run.id}>
            <span className="me-swatch" style={{ background: r.color }} aria-hidden="true" />
            <strong>{r.label}</strong>: {runOutcome(r, surface, steps)}; final loss{' '}
            {formatNumber(r.summary.finalLoss)}; turns back across the valley{' '}
            {r.summary.across.flips}× in the first 50 steps.
          </li>
        ))}
      </ul>
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </section>
  )
}
