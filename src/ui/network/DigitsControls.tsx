import { useId, useState } from 'react'
import type { RunParams } from '../../state/params'
import { ruleSelect } from '../ruleSelect'
import { DIGITS_LIMITS, type DigitsParams } from './digitsParams'

interface Props {
  readonly params: DigitsParams
  readonly onChange: (next: DigitsParams) => void
}

/** The whole-number settings after the runs, in the order they show. */
const COUNTS = [
  ['batch', 'Batch size'],
  ['epochs', 'Epochs'],
  ['seed', 'Seed'],
] as const

/**
 * A labelled number field: typing edits a draft; Enter or leaving the field hands on the value,
 * clamped into [lo, hi], or puts the last good value back when the draft is not a number.
 */
function NumberField(props: {
  label: string
  value: number
  limits: readonly [number, number]
  step: number | 'any'
  isInteger?: boolean
  onValue: (v: number) => void
}) {
  const id = useId()
  const [lo, hi] = props.limits
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft === null) return
    setDraft(null)
    const n = Number(draft)
    if (draft.trim() === '' || !Number.isFinite(n)) return
    const v = Math.min(hi, Math.max(lo, props.isInteger ? Math.round(n) : n))
    if (v !== props.value) props.onValue(v)
  }
  return (
    <div className="me-digits-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={lo}
        max={hi}
        step={props.step}
        value={draft ?? String(props.value)}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
        }}
      />
    </div>
  )
}

/** The digits page's controls: learning rate, each run's β and rule, batch, epochs, seed. */
export function DigitsControls({ params, onChange }: Props) {
  const set = (patch: Partial<DigitsParams>) => onChange({ ...params, ...patch })
  const setRun = (i: number, patch: Partial<RunParams>) =>
    set({ runs: params.runs.map((r, k) => (k === i ? { ...r, ...patch } : r)) })
  return (
    <div className="me-digits-controls">
      <NumberField
        label="Learning rate"
        value={params.lr}
        limits={DIGITS_LIMITS.lr}
        step="any"
        onValue={(lr) => set({ lr })}
      />
      {params.runs.map((r, i) => (
        <fieldset key={r.id} className="me-digits-run">
          <legend>Run {i + 1}</legend>
          <label htmlFor={`${r.id}-beta`}>
            Momentum β, run {i + 1}: {r.momentum}
          </label>
          <input
            id={`${r.id}-beta`}
            type="range"
            min={0}
            max={0.99}
            step={0.01}
            value={r.momentum}
            onChange={(e) => setRun(i, { momentum: Number(e.currentTarget.value) })}
          />
          <label htmlFor={`${r.id}-rule`}>Update rule, run {i + 1}</label>
          {ruleSelect(`${r.id}-rule`, r.rule, (rule) => setRun(i, { rule }))}
        </fieldset>
      ))}
      {COUNTS.map(([key, label]) => (
        <NumberField
          key={key}
          label={label}
          value={params[key]}
          limits={DIGITS_LIMITS[key]}
          step={1}
          isInteger
          onValue={(v) => set({ [key]: v })}
        />
      ))}
    </div>
  )
}
