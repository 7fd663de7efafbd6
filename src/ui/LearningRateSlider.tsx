import { useId } from 'react'
import { LIMITS } from '../state/params'
import { useExplorer } from '../state/context'
import { formatNumber } from './format'
import { LiveText } from '../render/LiveText'
import { LiveRange } from './LiveRange'
import { fromLogPosition, toLogPosition } from './logScale'

/** The learning rate α, on a log scale, shared by every run so the race is fair. */
export function LearningRateSlider() {
  const lr = useExplorer((s) => s.lr)
  const setLr = useExplorer((s) => s.setLr)
  const id = useId()
  return (
    <div className="me-field">
      <label htmlFor={id}>
        Learning rate α{' '}
        <output htmlFor={id}>
          <LiveText live={(_, s) => formatNumber(s.lr)}>{formatNumber(lr)}</LiveText>
        </output>
      </label>
      <LiveRange
        id={id}
        aria-label="Learning rate"
        min={toLogPosition(LIMITS.lr[0])}
        max={toLogPosition(LIMITS.lr[1])}
        step={1}
        position={(s) => toLogPosition(s.lr)}
        valueText={(s) => `α = ${formatNumber(s.lr)}`}
        onPosition={(p) => setLr(fromLogPosition(p))}
      />
    </div>
  )
}
