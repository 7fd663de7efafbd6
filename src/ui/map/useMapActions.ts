import { useState } from 'react'
import type { MapCell, TuningMap } from '../../core/tuningMap'
import { bestCellForMomentum } from '../../core/tuningMapQuery'
import type { TuningMapTheory } from '../../core/tuningMapTheory'
import { useExplorerPick } from '../../state/usePick'
import type { RunResult } from '../../state/hooks'
import { formatNumber } from '../format'
import { cellOutcome, formatBeta, roundLr, roundMomentum } from './cellText'

interface Inputs {
  /** The computed map (null while computing: tuning needs its cells). */
  readonly map: TuningMap | null
  readonly theory: TuningMapTheory | null
  readonly selected: RunResult | undefined
  readonly budget: number
}

/** What the panel's gestures do to the store, each with a sentence for the polite status line. */
export function useMapActions({ map, theory, selected, budget }: Inputs) {
  const [message, setMessage] = useState('')
  const a = useExplorerPick('selectedRunId', 'setLr', 'setMomentum', 'selectRun')
  // By number: the label ("Momentum 0.9") is about to change with the momentum.
  const runName = selected ? `Run ${selected.index + 1}` : 'The run'
  // Acting pins the run: the default choice could otherwise move to another run mid-gesture.
  const pin = () => {
    if (selected && a.selectedRunId !== selected.run.id) a.selectRun(selected.run.id)
  }
  const setPair = (lr: number, momentum: number) => {
    if (!selected) return false
    pin()
    a.setMomentum(selected.run.id, roundMomentum(momentum))
    a.setLr(roundLr(lr))
    return true
  }
  return {
    message,
    setMessage,
    /** Gives the selected run a cell's momentum and every run its learning rate. */
    choose(c: MapCell) {
      if (!setPair(c.lr, c.momentum)) return
      setMessage(
        `${runName} now uses α = ${formatNumber(c.lr)}, β = ${formatBeta(c.momentum)} (on the map: ${cellOutcome(c, budget)}).`,
      )
    },
    /** The fastest learning rate of the selected run's row: a fair comparison, each at its best. */
    tune() {
      if (!selected) return
      const best = map && bestCellForMomentum(map, selected.run.momentum)
      if (!best) {
        setMessage(
          map
            ? `No learning rate converged within ${budget} steps for β = ${formatBeta(selected.run.momentum)}.`
            : 'The map is still being computed.',
        )
        return
      }
      pin()
      a.setLr(roundLr(best.lr))
      setMessage(
        `Learning rate set to α = ${formatNumber(best.lr)}, the fastest on this map for β = ${formatBeta(best.momentum)} (${best.convergedAt} steps). The learning rate is shared, so every run now uses it.`,
      )
    },
    /** The theory's optimal pair for the selected run (quadratic surfaces, not Nesterov). */
    snap() {
      const opt = theory?.optimum
      if (!opt || !setPair(opt.lr, opt.momentum)) return
      setMessage(
        `${runName} snapped to the optimal pair α* = ${formatNumber(opt.lr)}, β* = ${formatBeta(opt.momentum)}; the learning rate is shared by every run.`,
      )
    },
  }
}
