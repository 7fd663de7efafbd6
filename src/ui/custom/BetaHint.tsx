import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { nearestMinimum, type Surface } from '../../core'
import { localBowl } from '../../core/expression'
import { useExplorer } from '../../state/context'
import { betaHint } from './betaHint'

/**
 * The β theory suggests for the bowl around the minimum nearest the start, at the page's lr, with
 * a button that gives it to the first heavy-ball momentum run. Nothing when that minimum's Hessian is not positive definite.
 */
export function BetaHint({ surface }: { readonly surface: Surface }) {
  const { runs, start, lr, setMomentum } = useExplorer(
    useShallow((s) => ({ runs: s.runs, start: s.start, lr: s.lr, setMomentum: s.setMomentum })),
  )
  const nearest = nearestMinimum(start, surface.minima).index
  const bowl = useMemo(() => {
    const m = surface.minima[nearest]
    return m === undefined ? null : localBowl(surface, [m.x, m.y])
  }, [surface, nearest])
  // The theory is heavy ball's: Nesterov and the moving average are not judged by it.
  const heavyBall = runs.filter((r) => r.rule === 'heavy-ball')
  const hint = betaHint(
    bowl,
    lr,
    heavyBall.map((r) => r.momentum),
  )
  if (hint === null) return null
  const target = heavyBall.find((r) => r.momentum > 0)
  const suggested = hint.momentum
  return (
    <div className="me-custom-beta">
      <p>{hint.text}</p>
      {target && suggested !== null && target.momentum !== suggested && (
        <button type="button" onClick={() => setMomentum(target.id, suggested)}>
          Use β = {suggested} for momentum {target.momentum}
        </button>
      )}
    </div>
  )
}
