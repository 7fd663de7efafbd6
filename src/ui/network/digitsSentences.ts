// The digits page's result sentences, built from the numbers they state (see STYLE: words).
import type { EpochRun } from '../models/epochSeries'
import { formatLoss } from '../models/epochSeries'

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** How much of the snapshots' spread the plane shows, and what it leaves out. */
export function planeSentence(explained: number): string {
  const pct = Math.round(100 * explained)
  const how = explained >= 0.9 ? 'most' : explained >= 0.5 ? 'part' : 'only a small part'
  return (
    `The plane shown holds ${pct} % of the variance of the runs' weight snapshots (${how} of ` +
    'how they move): the paths are their shadows on it, and distances off the plane are not shown.'
  )
}

/**
 * Whether the leader's lead holds: the epoch in which the run with the lowest final training loss
 * first got down to each other run's final loss, e.g. "Momentum 0.9 was down to gradient
 * descent's final training loss (0.15) by epoch 4 of 30." Empty when there is nothing to compare.
 */
export function catchUpSentence(runs: readonly EpochRun[], epochs: number): string {
  const finished = runs.filter((r) => !r.hasDiverged && r.epochs.length > 1)
  if (finished.length < 2) return ''
  const final = (r: EpochRun) => r.epochs.at(-1)?.trainLoss ?? Infinity
  const [leader, ...rest] = [...finished].sort((a, b) => final(a) - final(b))
  if (!leader) return ''
  const parts = rest.map((r) => {
    const target = final(r)
    const at = leader.epochs.find((e) => e.trainLoss <= target)?.epoch ?? epochs
    return `${lowerFirst(r.label)}'s final training loss (${formatLoss(target)}) by epoch ${at}`
  })
  return `${leader.label} was down to ${parts.join(', and to ')} of ${epochs}.`
}
