import { useId } from 'react'
import { LIMITS } from '../state/params'
import { useExplorer } from '../state/context'
import { formatNumber } from './format'
import { fromLogPosition, toLogPosition } from './logScale'

/** The learning rate α, on a log scale, shared by every run so the race is fair. */
export function LearningRateSlider() {
  const lr = useExplorer((s) => s.lr)
  const setLr = useExplorer((s) => s.setLr)
  const id = useId()
  return (
    <div className="me-field">
      <label htmlFor={id}>
        Learning rate α <output htmlFor={id}>{formatNumber(lr)}</output>
      </label>
      <input
        id={id}
        type="range"
        aria-label="Learning rate"
        aria-valuetext={`α = ${formatNumber(lr)}`}
        min={toLogPosition(LIMITS.lr[0])}
        max={toLogPosition(LIMITS.lr[1])}
        step={1}
        value={toLogPosition(lr)}
        onChange={(e) => setLr(fromLogPosition(Number(e.target.value)))}
      />
    </div>
  )
}
