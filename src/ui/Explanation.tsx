import { quadraticTheory } from '../core'
import { useExplorer } from '../state/context'
import { useSurface } from '../state/hooks'
import { formatNumber } from './format'
import { Tex } from './math/Tex'
import { FORMULAS } from './story/formulas'

/** The body of the "How the update rules work" panel (loaded when first opened): the update rules written out with the current α and β, and the surface's theory when known. */
export function Explanation() {
  const surface = useSurface()
  const lr = formatNumber(useExplorer((s) => s.lr))
  const runs = useExplorer((s) => s.runs)
  const beta = formatNumber(runs.find((r) => r.momentum > 0)?.momentum ?? 0.9)
  const theory = surface.quadratic ? quadraticTheory(surface.quadratic) : null
  return (
    <>
      <p>
        With g = ∇f(w) at the current point, α = {lr} and β = {beta}:
      </p>
      <dl>
        <dt>Gradient descent</dt>
        <dd>
          <Tex tex={String.raw`w \leftarrow w - ${lr}\,g`} text={`w ← w − ${lr}·g`} />
        </dd>
        <dt>Heavy ball (PyTorch SGD)</dt>
        <dd>
          <Tex
            tex={String.raw`v \leftarrow ${beta}\,v + g, \quad w \leftarrow w - ${lr}\,v`}
            text={`v ← ${beta}·v + g,  w ← w − ${lr}·v`}
          />{' '}
          (v starts as the first g)
        </dd>
        <dt>Nesterov</dt>
        <dd>
          <Tex
            tex={String.raw`v \leftarrow ${beta}\,v + g, \quad w \leftarrow w - ${lr}\,(g + ${beta}\,v)`}
            text={`v ← ${beta}·v + g,  w ← w − ${lr}·(g + ${beta}·v)`}
          />
        </dd>
        <dt>Moving average</dt>
        <dd>
          <Tex
            tex={String.raw`v \leftarrow ${beta}\,v + (1 - ${beta})\,g, \quad w \leftarrow w - ${lr}\,v`}
            text={`v ← ${beta}·v + (1 − ${beta})·g,  w ← w − ${lr}·v`}
          />{' '}
          (v starts at 0)
        </dd>
      </dl>
      <p>
        The velocity v is a running sum of past gradients: parts that flip sign from step to step
        (across a valley) cancel, parts that keep their sign (along it) add up to a step up to 1/(1
        − β) = {formatNumber(1 / (1 - Number(beta)))} times longer. The moving average with rate α
        is exactly heavy ball with rate α·(1 − β).
      </p>
      {theory && (
        <p>
          On this quadratic the curvatures are {formatNumber(theory.mu)} and{' '}
          {formatNumber(theory.L)} (condition number κ = {formatNumber(theory.conditionNumber)}).
          Plain GD is stable for α &lt; {formatNumber(theory.gdStableBelowLr)} and at best shrinks
          the error by {formatNumber(theory.gdBestRate, 4)} per step; tuned momentum (α ={' '}
          {formatNumber(theory.momentumBestLr)}, β = {formatNumber(theory.momentumBestMomentum)}) by{' '}
          {formatNumber(theory.momentumBestRate, 4)}:
        </p>
      )}
      {theory && <Tex tex={FORMULAS.theory.tex} text={FORMULAS.theory.text} display />}
    </>
  )
}

/** The lazy chunk's default (see lazyPanels). */
export default Explanation
