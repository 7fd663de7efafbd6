import type { UpdateRule } from '../state/params'

const RULES: readonly (readonly [UpdateRule, string])[] = [
  ['heavy-ball', 'Heavy ball (PyTorch SGD)'],
  ['nesterov', 'Nesterov'],
  ['ema', 'Moving average'],
]

// A function, not a component: the first chunk (at its budget) and React's tree stay as they were.
/** A run's update rule as a menu, in the same words wherever a run is set up. */
export const ruleSelect = (id: string, rule: UpdateRule, onRule: (rule: UpdateRule) => void) => (
  <select id={id} value={rule} onChange={(e) => onRule(e.target.value as UpdateRule)}>
    {RULES.map(([value, label]) => (
      <option key={value} value={value}>
        {label}
      </option>
    ))}
  </select>
)
