import { useMemo, useRef } from 'react'
import { valleyAxes } from '../core'
import { useSettledRunResults, useStepCount, useSurface } from '../state/hooks'
import { useSettledLr } from '../state/settledLr'
import { formatNumber } from './format'
import { emaNote, oscillationNote, valleyNote } from './summaryNotes'
import { comparison, plural, runOutcome } from './summaryText'
import { useStaleMark } from './useStaleMark'

/** Per-run results and the sentences comparing them; a polite live region for screen readers. */
export function Summary() {
  const surface = useSurface()
  const results = useSettledRunResults()
  const steps = useStepCount()
  const lr = useSettledLr()
  const axes = useMemo(() => valleyAxes(surface), [surface])
  const self = useRef<HTMLElement>(null)
  useStaleMark(self, results)
  const notes = [
    comparison(results, steps, surface),
    valleyNote(results, axes),
    oscillationNote(results, axes),
    emaNote(results, lr),
  ].filter((n): n is string => n !== null)
  return (
    <section ref={self} className="me-summary" aria-live="polite" aria-label="Results">
      {notes.map((n, i) => (
        <p key={n} className={i === 0 ? 'me-comparison' : undefined}>
          {n}
        </p>
      ))}
      <ul>
        {results.map((r) => (
          <li key={r.run.id} data-summary={r.run.id}>
            <span className="me-swatch" style={{ background: r.color }} aria-hidden="true" />
            <strong>{r.label}</strong>: {runOutcome(r, surface, steps)}; final loss{' '}
            {formatNumber(r.summary.finalLoss)}
            {axes.isClear &&
              `; turns back across the valley ${plural(r.summary.across.flips, 'time')} in the first 50 steps`}
            .
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The lazy chunk's default (see lazyPanels). */
export default Summary
