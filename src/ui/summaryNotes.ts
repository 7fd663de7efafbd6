// The notes under the comparing sentence: what the across-valley numbers show, where the slogan
// needs care, and what the moving average is. Each appears only when its numbers say it.
import type { ValleyAxes } from '../core'
import { formatNumber } from './format'
import { baseline, plural, type RunFacts } from './summaryText'

/** Both reached the same minimum, and how many times sooner `a` got there than `b` (or null). */
function speedUp(a: RunFacts, b: RunFacts): number | null {
  const [x, y] = [a.summary, b.summary]
  if (x.convergedTo === null || x.convergedTo !== y.convergedTo) return null
  if (x.convergedAt === null || y.convergedAt === null || x.convergedAt === 0) return null
  return y.convergedAt / x.convergedAt
}

const live = (r: RunFacts) => r.summary.divergedAt === null

/**
 * The headline idea, where it holds: plain GD travels several times further across the valley than
 * a momentum run, whose velocity averages the alternating steps away.
 */
export function valleyNote(results: readonly RunFacts[], axes: ValleyAxes): string | null {
  const gd = baseline(results)
  if (!gd || !axes.isClear || !live(gd)) return null
  const g = gd.summary.across.travel
  const calmest = results
    .filter((r) => r !== gd && live(r) && r.run.momentum > 0)
    .sort((a, b) => a.summary.across.travel - b.summary.across.travel)[0]
  if (!calmest || !(calmest.summary.across.travel * 2 <= g)) return null
  const m = calmest.summary.across.travel
  return (
    `Across the valley, gradient descent travels ${formatNumber(g)} in all and ${calmest.label} ` +
    `${formatNumber(m)} (${formatNumber(g / m, 2)}× less): in its velocity the alternating ` +
    `across-valley steps largely cancel.`
  )
}

/**
 * Where the slogan "momentum oscillates less" needs care: a run that turns back across the valley
 * less often than GD but travels further across it (heavy ball near GD's stability limit).
 */
export function oscillationNote(results: readonly RunFacts[], axes: ValleyAxes): string | null {
  const gd = baseline(results)
  if (!gd || !axes.isClear || !live(gd)) return null
  for (const r of results) {
    if (r === gd || !live(r)) continue
    const [a, g] = [r.summary.across, gd.summary.across]
    if (!(a.flips < g.flips && a.travel > g.travel * 1.05)) continue
    const faster = speedUp(r, gd)
    const slower = speedUp(gd, r)
    const end =
      faster !== null && faster >= 1.05
        ? ` It still gets there ${formatNumber(faster, 2)}× sooner, because the along-valley steps add up.`
        : slower !== null && slower >= 1.05
          ? ` Here gradient descent gets there ${formatNumber(slower, 2)}× sooner.`
          : ''
    return (
      `${r.label} turns back across the valley ${plural(a.flips, 'time')} in the first 50 steps ` +
      `against gradient descent's ${g.flips}, yet swings further across it: ` +
      `${formatNumber(a.travel)} in total against ${formatNumber(g.travel)}.${end}`
    )
  }
  return null
}

/** For a moving-average run: it is heavy ball at lr·(1−β), and how it fared against plain GD. */
export function emaNote(results: readonly RunFacts[], lr: number): string | null {
  const ema = results.find((r) => r.run.rule === 'ema' && r.run.momentum > 0)
  if (!ema) return null
  const beta = ema.run.momentum
  const same =
    `The moving average with β = ${beta} and α = ${formatNumber(lr)} walks exactly the ` +
    `heavy-ball path with α·(1−β) = ${formatNumber(lr * (1 - beta))}`
  const gd = baseline(results)
  const faster = gd ? speedUp(ema, gd) : null
  const slower = gd ? speedUp(gd, ema) : null
  if (faster !== null && faster >= 1.05)
    return `${same}: here it gets there ${formatNumber(faster, 2)}× sooner than plain gradient descent.`
  if (slower !== null && slower >= 1.05)
    return `${same}: here plain gradient descent gets there ${formatNumber(slower, 2)}× sooner.`
  if (faster !== null) return `${same}: here it takes about as long as plain gradient descent.`
  return `${same}.`
}
