import { bestMomentumAt, type LocalBowl } from '../../core/expression'
import { LIMITS } from '../../state/params'
import { formatNumber, formatPoint } from '../format'

/** What the β hint says, and the β its button applies (as the sentence shows it), if any. */
export interface BetaHint {
  readonly text: string
  readonly momentum: number | null
}

/** β rounded as the hint shows it: two decimals, three above 0.99 (0.999 is the slider's top). */
export function roundedMomentum(beta: number): number {
  const clamped = Math.min(LIMITS.momentum[1], Math.max(LIMITS.momentum[0], beta))
  const digits = clamped >= 0.99 ? 3 : 2
  return Number(clamped.toFixed(digits))
}

/** How far from the best β a run's β may be and still count as about right. */
const tolerance = (best: number) => Math.min(0.05, 0.3 * (1 - best))

type Verdict = 'too much' | 'too little' | 'about right'

/**
 * "0.9 is too much", "0.5 and 0.99 are too much": one clause per verdict, in this order, judged
 * against the best β at the page's lr (the local rate only gets worse moving away from it).
 */
function clauses(best: number, momenta: readonly number[]): string[] {
  const byVerdict = new Map<Verdict, number[]>()
  for (const beta of [...new Set(momenta)].filter((b) => b > 0).sort((a, b) => a - b)) {
    const verdict: Verdict =
      Math.abs(beta - best) <= tolerance(best)
        ? 'about right'
        : beta > best
          ? 'too much'
          : 'too little'
    byVerdict.set(verdict, [...(byVerdict.get(verdict) ?? []), beta])
  }
  const order: Verdict[] = ['too much', 'too little', 'about right']
  return order.flatMap((v) => {
    const list = byVerdict.get(v)
    if (!list) return []
    const names = list.map((b) => formatNumber(b))
    const joined =
      names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`
    return [`${joined} ${names.length === 1 ? 'is' : 'are'} ${v}`]
  })
}

const snap = (v: number) => (Math.abs(v) < 1e-9 ? 0 : v) // rounding noise, not a coordinate

/**
 * The β that theory suggests near the minimum nearest the start, said against the heavy-ball
 * runs' own β, e.g. "… (κ = 10): β ≈ 0.27 suits this bowl; 0.9 is too much." That is the
 * κ formula's β when it is about the best at the page's lr, else the best β at that lr (the
 * formula's assumes its own lr, 4/(√L+√μ)²). Null when there is no positive definite minimum.
 */
export function betaHint(
  bowl: LocalBowl | null,
  lr: number,
  momenta: readonly number[],
): BetaHint | null {
  if (bowl === null) return null
  const { minimum, mu, L, conditionNumber } = bowl
  const kappa = conditionNumber < 10 ? conditionNumber.toFixed(1) : formatNumber(conditionNumber)
  const where = `Near the minimum at ${formatPoint(snap(minimum.x), snap(minimum.y))} the curvatures are ${formatNumber(mu)} and ${formatNumber(L)} (κ = ${kappa})`
  const atLr = bestMomentumAt(bowl, lr)
  if (atLr === null) {
    const lrL = formatNumber(lr * L)
    return { text: `${where}: at lr·L = ${lrL} ≥ 4 no β below 1 converges there.`, momentum: null }
  }
  const isFormulaClose = Math.abs(bowl.bestMomentum - atLr) <= tolerance(atLr)
  const best = roundedMomentum(isFormulaClose ? bowl.bestMomentum : atLr)
  const prefix = isFormulaClose ? '' : 'at this learning rate, '
  const advice =
    best === 0
      ? `${prefix}the bowl is round enough that plain gradient descent (β = 0) already suits it`
      : `${prefix}β ≈ ${best} suits this bowl`
  const verdicts = clauses(atLr, momenta)
  return { text: `${where}: ${[advice, ...verdicts].join('; ')}.`, momentum: best }
}
