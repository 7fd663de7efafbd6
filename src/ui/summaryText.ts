import type { Surface } from '../core'
import type { RunResult } from '../state/derived'
import { formatNumber, formatPoint, plural } from './format'

/** One sentence on how a run ended: converged (where), diverged, or still on its way. */
export function runOutcome(result: RunResult, surface: Surface, steps: number): string {
  const s = result.summary
  if (s.divergedAt !== null) return `diverged at step ${s.divergedAt}`
  if (s.convergedAt !== null && s.convergedTo !== null) {
    const m = surface.minima[s.convergedTo]
    const where = m && !m.isGlobal ? ` (a local minimum at ${formatPoint(m.x, m.y)})` : ''
    return `converged in ${plural(s.convergedAt, 'step')}${where}`
  }
  return `not converged within ${plural(steps, 'step')}`
}

/** The comparing sentence: the fastest momentum run against plain gradient descent. */
export function comparison(results: readonly RunResult[], steps: number): string | null {
  const gd = results.find((r) => r.run.momentum === 0 && r.run.rule !== 'ema')
  const others = results.filter((r) => r !== gd && r.summary.convergedAt !== null)
  const best = others.sort((a, b) => a.summary.convergedAt! - b.summary.convergedAt!)[0]
  if (!gd) return null
  if (!best) {
    if (gd.summary.convergedAt === null) return null
    return `Only gradient descent converged within ${plural(steps, 'step')}.`
  }
  const fast = best.summary.convergedAt!
  if (gd.summary.convergedAt === null) {
    return `${best.label} converged in ${plural(fast, 'step')}; gradient descent had not converged after ${steps}.`
  }
  const ratio = gd.summary.convergedAt / Math.max(1, fast)
  if (ratio >= 1.05) {
    return `${best.label} reached the minimum ${formatNumber(ratio, 2)}× faster than gradient descent.`
  }
  if (ratio <= 0.95) {
    return `Gradient descent reached the minimum ${formatNumber(1 / ratio, 2)}× faster than ${best.label}.`
  }
  return `${best.label} and gradient descent took about as long.`
}

/**
 * Where the slogan "momentum oscillates less" needs care: a run that turns back across the valley
 * less often than GD but travels further across it (heavy ball near GD's stability limit).
 */
export function oscillationNote(results: readonly RunResult[]): string | null {
  const gd = results.find((r) => r.run.momentum === 0 && r.run.rule !== 'ema')
  if (!gd) return null
  for (const r of results) {
    if (r === gd || r.summary.divergedAt !== null) continue
    const a = r.summary.across
    const g = gd.summary.across
    if (a.flips < g.flips && a.travel > g.travel * 1.05) {
      return (
        `${r.label} turns back across the valley ${a.flips} times in the first 50 steps against ` +
        `gradient descent's ${g.flips}, yet swings further across it: ${formatNumber(a.travel)} ` +
        `in total against ${formatNumber(g.travel)}. Fewer, larger swings — it still gets there ` +
        `sooner because the along-valley steps add up.`
      )
    }
  }
  return null
}

/** For a moving-average run: it is heavy ball at lr·(1−β), which is why it is smooth but slow. */
export function emaNote(results: readonly RunResult[], lr: number): string | null {
  const ema = results.find((r) => r.run.rule === 'ema' && r.run.momentum > 0)
  if (!ema) return null
  const beta = ema.run.momentum
  return (
    `The moving average with β = ${beta} and α = ${formatNumber(lr)} walks exactly the heavy-ball ` +
    `path with α·(1−β) = ${formatNumber(lr * (1 - beta))}: smoother, but barely faster than plain GD.`
  )
}
