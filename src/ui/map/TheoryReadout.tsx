import { useRef } from 'react'
import type { TuningMapTheory } from '../../core/tuningMapTheory'
import { predictedRate } from '../../core/tuningMapTheory'
import type { RunResult } from '../../state/hooks'
import { formatNumber } from '../format'
import { useStaleMark } from '../useStaleMark'
import { formatBeta } from './cellText'
import { measuredRate } from './measuredRate'

// Each rule's stability edge, in words (tuningMapTheory.stabilityEdgeLr).
const EDGE_TEXT = {
  'heavy-ball': 'heavy ball for α·L < 2(1 + β)',
  nesterov: 'Nesterov for α·L < 2(1 + β)/(1 + 2β)',
  ema: 'the moving average for α(1 − β)·L < 2(1 + β)',
} as const

interface Props {
  readonly theory: TuningMapTheory
  readonly run: RunResult
  readonly lr: number
  /** The surface's lowest minimum value f*, so that loss − f* ∝ distance². */
  readonly minLoss: number
  readonly onSnap: () => void
}

/**
 * What theory says on a quadratic surface, the selected run's predicted vs measured rate (a
 * settled result: dimmed while a drag runs ahead of it), and Snap.
 */
export function TheoryReadout({ theory, run, lr, minLoss, onSnap }: Props) {
  const { rule, momentum } = run.run
  const predicted = predictedRate(rule, lr, momentum, theory.mu, theory.L)
  const { divergedAt } = run.trajectory
  const measured = measuredRate(
    run.trajectory.losses,
    minLoss,
    run.summary.convergedAt ?? undefined,
  )
  const opt = theory.optimum
  const rates = useRef<HTMLParagraphElement>(null)
  useStaleMark(rates, [run])
  return (
    <div className="me-map-theory-readout" role="group" aria-label="Theory">
      <p>
        Quadratic surface: μ = {formatNumber(theory.mu)}, L = {formatNumber(theory.L)}, κ ={' '}
        {formatNumber(theory.conditionNumber)}. Plain gradient descent is stable for α &lt; 2/L ={' '}
        {formatNumber(theory.gdStableBelowLr)}; {EDGE_TEXT[rule]} (the curve).
      </p>
      <p>
        {opt
          ? `Optimal pair: α* = ${formatNumber(opt.lr)}, β* = ${formatBeta(opt.momentum)}, rate ${formatNumber(opt.rate)} per step.`
          : 'Nesterov’s optimal pair has no closed form here: snap is for heavy ball and the moving average.'}
      </p>
      <p ref={rates} data-testid="map-rates">
        {run.label}: rate per step predicted {formatNumber(predicted)}, measured{' '}
        {measured === null ? 'n/a (too few steps to measure)' : formatNumber(measured)}
        {divergedAt !== null && ` (diverged at step ${divergedAt})`}.
      </p>
      <button type="button" onClick={onSnap} disabled={!opt}>
        Snap to optimal
      </button>
    </div>
  )
}
