import { memo, useId, type KeyboardEvent } from 'react'
import { useExplorer, useSchedule } from '../state/context'
import { useRunResults, type RunResult } from '../state/hooks'
import { useExplorerPick } from '../state/usePick'
import { LIMITS, type RunParams } from '../state/params'
import { formatMomentum } from '../state/runOptions'
import type { ExplorerState } from '../state/store'
import {
  momentumAfterKey,
  momentumToPosition,
  POSITIONS,
  positionToMomentum,
} from './momentumScale'
import { LiveText, RunLabel } from '../render/LiveText'
import { LiveRange } from './LiveRange'
import { ruleSelect } from './ruleSelect'
import { RunSwatch } from './RunSwatch'

/** One row per run: its colour and marker, a Momentum slider, its update rule, and Remove. */
export function RunList({ showRule = true, showAddRemove = true }) {
  const results = useRunResults()
  const add = useExplorer((s) => s.addRun)
  return (
    <fieldset className="me-runs">
      <legend>Runs</legend>
      {results.map((r) => (
        <RunRow
          key={r.run.id}
          result={r}
          showRule={showRule}
          canRemove={showAddRemove && results.length > 1}
        />
      ))}
      {showAddRemove && (
        <button type="button" onClick={add} disabled={results.length >= LIMITS.maxRuns}>
          Add run
        </button>
      )}
    </fieldset>
  )
}

// Memoized: moving one run's slider re-renders that row only (the others keep their result).
const RunRow = memo(function RunRow({
  result,
  showRule,
  canRemove,
}: {
  result: RunResult
  showRule: boolean
  canRemove: boolean
}) {
  const { run, index } = result
  const a = useExplorerPick('setMomentum', 'setRule', 'removeRun', 'focusRun')
  const id = useId()
  const ruleId = useId()
  const schedule = useSchedule()
  // Keys move β itself by 0.01 (0.1 a page), not one of the slider's 1000 positions.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const next = momentumAfterKey(momentumOf(schedule.latest(), run), e.key)
    if (next === null) return
    e.preventDefault()
    schedule.live(() => a.setMomentum(run.id, next))
  }
  return (
    <div className="me-run-row" data-run={run.id}>
      <div className="me-run-head">
        <RunSwatch result={result} width={22} strokeWidth={3} />
        <label htmlFor={id}>
          {/* Its own layout root while it fits one line (a rule's name may need two). */}
          <RunLabel
            result={result}
            className={result.run.rule === 'heavy-ball' ? 'me-live-line' : undefined}
          />
        </label>
        {canRemove && (
          <button
            type="button"
            className="me-remove"
            aria-label={`Remove run ${index + 1} (${result.label})`}
            onClick={() => a.removeRun(run.id)}
          >
            ×
          </button>
        )}
      </div>
      <div className="me-field me-live-field">
        <LiveRange
          id={id}
          aria-label={`Momentum β, run ${index + 1}`}
          min={0}
          max={POSITIONS}
          step={1}
          position={(s) => momentumToPosition(momentumOf(s, run))}
          valueText={(s) => betaText(momentumOf(s, run))}
          onPosition={(p) => a.setMomentum(run.id, positionToMomentum(p))}
          // While it has focus, only this run changes: the plot need not redraw the others.
          onFocus={() => a.focusRun(run.id)}
          onKeyDown={onKeyDown}
          onBlur={() => a.focusRun(null)}
        />
        <output htmlFor={id}>
          <LiveText live={(_, s) => betaText(momentumOf(s, run))}>
            {betaText(run.momentum)}
          </LiveText>
        </output>
      </div>
      {showRule && (
        <div className="me-field me-inline">
          <label htmlFor={ruleId}>Rule</label>
          {ruleSelect(ruleId, run.rule, (rule) => a.setRule(run.id, rule))}
        </div>
      )}
    </div>
  )
})

/** How the row shows and speaks a momentum: its output and the slider's value text agree. */
const betaText = (momentum: number) => `β = ${formatMomentum(momentum)}`

/** The run's momentum in a state (the row's own while it is being removed). */
const momentumOf = (s: ExplorerState, run: RunParams) =>
  s.runs.find((r) => r.id === run.id)?.momentum ?? run.momentum
