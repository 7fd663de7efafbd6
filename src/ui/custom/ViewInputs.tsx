import { useId } from 'react'
import { VIEW_FIELDS, type ViewDraft } from './viewDraft'

interface Props {
  readonly draft: ViewDraft
  readonly onChange: (next: ViewDraft) => void
  /** The field to mark invalid and the message describing it, or null. */
  readonly problem: { readonly field: keyof ViewDraft; readonly message: string } | null
  readonly inputRef: (field: keyof ViewDraft, el: HTMLInputElement | null) => void
}

/** Four number inputs for the view range: x min, x max, y min, y max. */
export function ViewInputs({ draft, onChange, problem, inputRef }: Props) {
  const id = useId()
  return (
    <fieldset className="me-custom-view">
      <legend>View</legend>
      {VIEW_FIELDS.map(([key, label]) => (
        <div key={key} className="me-field">
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <input
            id={`${id}-${key}`}
            ref={(el) => inputRef(key, el)}
            type="number"
            inputMode="decimal"
            step="any"
            value={draft[key]}
            aria-invalid={problem?.field === key}
            aria-describedby={problem?.field === key ? `${id}-problem` : undefined}
            onChange={(e) => onChange({ ...draft, [key]: e.target.value })}
          />
        </div>
      ))}
      <p id={`${id}-problem`} className="me-custom-problem" aria-live="polite">
        {problem?.message ?? ''}
      </p>
    </fieldset>
  )
}
