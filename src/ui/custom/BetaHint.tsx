import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { nearestMinimum, type Surface } from '../../core'
import { localBowl } from '../../core/expression'
import { useExplorer } from '../../state/context'
import { betaHint } from './betaHint'

/**
 * The β theory suggests for the bowl around the minimum nearest the start, with a button that
 * gives it to the first momentum run. Nothing when that minimum's Hessian is not positive definite.
 */
export function BetaHint({ surface }: { readonly surface: Surface }) {
  const { runs, start, setMomentum } = useExplorer(
    useShallow((s) => ({ runs: s.runs, start: s.start, setMomentum: s.setMomentum })),
  )
  const nearest = nearestMinimum(start, surface.minima).index
  const bowl = useMemo(() => {
    const m = surface.minima[nearest]
    return m === undefined ? null : localBowl(surface, [m.x, m.y])
  }, [surface, nearest])
  const hint = betaHint(
    bowl,
    runs.map((r) => r.momentum),
  )
  if (hint === null) return null
  const target = runs.find((r) => r.momentum > 0)
  return (
    <div className="me-custom-beta">
      <p>{hint.text}</p>
      {target && target.momentum !== hint.momentum && (
        <button type="button" onClick={() => setMomentum(target.id, hint.momentum)}>
          Use β = {hint.momentum} for momentum {target.momentum}
        </button>
      )}
    </div>
  )
}
