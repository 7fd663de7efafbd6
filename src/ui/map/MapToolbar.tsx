import { useId } from 'react'
import type { TuningRule } from '../../core/tuningMapAxes'
import { useExplorer } from '../../state/context'
import type { RunResult } from '../../state/hooks'

const RULE_NAMES = { 'heavy-ball': 'heavy ball', nesterov: 'Nesterov', ema: 'the moving average' }

interface Props {
  readonly rule: TuningRule
  readonly budget: number
  readonly results: readonly RunResult[]
  readonly selectedId: string
  readonly canTune: boolean
  readonly onTune: () => void
}

/** What the map shows, which run it acts on, and the fairness helper. */
export function MapToolbar({ rule, budget, results, selectedId, canTune, onTune }: Props) {
  const selectRun = useExplorer((s) => s.selectRun)
  const id = useId()
  return (
    <>
      <p className="me-map-intro">
        Steps to converge for every learning rate × momentum pair with {RULE_NAMES[rule]} (the
        selected run’s rule), from the current start, within {budget} steps.
      </p>
      <div className="me-map-toolbar">
        <label htmlFor={id}>Run:</label>
        <select id={id} value={selectedId} onChange={(e) => selectRun(e.target.value)}>
          {results.map((r) => (
            <option key={r.run.id} value={r.run.id}>
              {`${r.index + 1}. ${r.label}`}
            </option>
          ))}
        </select>
        <button type="button" onClick={onTune} disabled={!canTune}>
          Tune learning rate for this run
        </button>
      </div>
    </>
  )
}
