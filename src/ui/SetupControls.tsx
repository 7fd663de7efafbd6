import { useId } from 'react'
import { isModelSurfaceId, MODEL_SURFACES, surfaces } from '../core'
import { useCatalog } from '../state/context'
import { useExplorerPick } from '../state/usePick'
import { NumberInput } from './NumberInput'
import { CUSTOM_DEFAULTS, LIMITS, type Layout } from '../state/params'

/** What the custom surface starts with: a tilted valley with a bump, worth exploring. */
export const DEFAULT_EXPRESSION = 'x^2 + 10*y^2 + 2*sin(x*y)'

const GROUPS = [
  ['Test functions', surfaces],
  ['Real models (two weights)', MODEL_SURFACES],
] as const

/** Surface, number of steps and layout. */
export function SurfaceSelect() {
  const { surface, setSurface, setCustom, f } = useExplorerPick(
    'surface',
    'setSurface',
    'setCustom',
    'f',
  )
  const id = useId()
  const catalog = useCatalog()
  // Model and custom surfaces load their code first (the store waits for it); built-in ones
  // switch at once.
  const choose = (value: string) => {
    if (value === 'custom') {
      const expr = f.trim() === '' ? DEFAULT_EXPRESSION : f
      // Start where the function suggests (its own lr and a start where it is defined).
      void catalog.loadExpressions().then(() => {
        const own = catalog.custom(expr, CUSTOM_DEFAULTS.domain)
        const suggested = own?.ok
          ? { lr: own.surface.suggestedLr, start: own.surface.defaultStart }
          : undefined
        setCustom(expr, CUSTOM_DEFAULTS.domain, suggested)
      })
      return
    }
    setSurface(value)
  }
  return (
    <div className="me-field">
      <label htmlFor={id}>Surface</label>
      <select id={id} value={surface} onChange={(e) => choose(e.target.value)}>
        {GROUPS.map(([label, choices]) => (
          <optgroup key={label} label={label}>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </optgroup>
        ))}
        <option value="custom">Your own function…</option>
      </select>
    </div>
  )
}

export function StepsInput() {
  const { steps, setSteps, surface } = useExplorerPick('steps', 'setSteps', 'surface')
  const id = useId()
  return (
    <div className="me-field">
      <label htmlFor={id}>{isModelSurfaceId(surface) ? 'Epochs' : 'Steps'}</label>
      <NumberInput
        id={id}
        min={LIMITS.steps[0]}
        max={LIMITS.steps[1]}
        step={50}
        value={steps}
        onNumber={setSteps}
      />
    </div>
  )
}

const LAYOUTS: readonly { value: Layout; label: string }[] = [
  { value: 'overlay', label: 'Overlay' },
  { value: 'split', label: 'Side by side' },
]

export function LayoutToggle() {
  const { layout, setLayout } = useExplorerPick('layout', 'setLayout')
  const name = useId()
  return (
    <fieldset className="me-layout">
      <legend>Layout</legend>
      {LAYOUTS.map((l) => (
        <label key={l.value} className="me-inline">
          <input
            type="radio"
            name={name}
            value={l.value}
            checked={layout === l.value}
            onChange={() => setLayout(l.value)}
          />
          {l.label}
        </label>
      ))}
    </fieldset>
  )
}
