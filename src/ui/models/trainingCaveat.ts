// What a lead in the training charts means: measured against the loss minimum itself, so "higher
// test accuracy" is never read as "momentum finds a better model" when GD has simply not arrived.
import type { Model } from '../../core/models'
import type { EpochRun } from './epochSeries'
import { formatAccuracy, formatLoss, isClassification } from './epochSeries'

const last = (r: EpochRun) => r.epochs.at(-1)

/** A sentence on how far each run is from the training-loss minimum, or null when nothing to say. */
export function trainingCaveat(runs: readonly EpochRun[], model: Model): string | null {
  const m = model.surface.minima[0]
  const live = runs.filter((r) => !r.hasDiverged && last(r))
  if (!m || live.length < 2) return null
  const best = [...live].sort((a, b) => last(a)!.trainLoss - last(b)!.trainLoss)[0]!
  const behind = live.filter((r) => r !== best && last(r)!.trainLoss > m.f + 0.1 * Math.abs(m.f))
  if (behind.length === 0) return null
  const names = behind.map((r) => `${r.label.toLowerCase()} (${formatLoss(last(r)!.trainLoss)})`)
  const unfinished = `The training loss is lowest at its minimum, ${formatLoss(m.f)}: ${names.join(' and ')} ${behind.length === 1 ? 'has' : 'have'} not finished training.`
  if (!isClassification(live) || !model.accuracy) return unfinished
  const atMinimum = model.accuracy(model.test, [m.x, m.y])
  const ahead = live.filter((r) => (last(r)!.testAccuracy ?? 0) > atMinimum)
  const above =
    ahead.length > 0
      ? ` ${ahead.map((r) => `${r.label} (${formatAccuracy(last(r)!.testAccuracy ?? 0)})`).join(' and ')} ${ahead.length === 1 ? 'scores' : 'score'} above it: where a run happens to stop can beat the minimum on these few test students.`
      : ''
  return `${unfinished} The minimum itself scores ${formatAccuracy(atMinimum)} on the test set, so a lead in accuracy says how far a run has trained, not that it finds a better model.${above}`
}
