// Pure helpers of the training-curve charts: per-run epoch statistics out of the run results,
// the cursor's epoch, log-axis ticks and the sentence that says what the charts show.
import type { EpochStats, ModelTrajectory } from '../../core/models'
import type { Trajectory } from '../../core'
import type { RunResult } from '../../state/hooks'
import { formatNumber } from '../format'

/** One line of the chart: a run's value after each epoch (epoch 0 is the start). */
export interface EpochLine {
  readonly id: string
  readonly label: string
  readonly color: string
  readonly values: readonly (readonly [epoch: number, value: number])[]
}

/** A chart line per run of one per-epoch statistic (NaN where a run has none). */
export const linesOf = (
  runs: readonly EpochRun[],
  pick: (e: EpochRun['epochs'][number]) => number,
): EpochLine[] =>
  runs.map((r) => ({
    id: r.id,
    label: r.label,
    color: r.color,
    values: r.epochs.map((e) => [e.epoch, pick(e)] as const),
  }))

/** One run as the training charts draw it. */
export interface EpochRun {
  readonly id: string
  readonly label: string
  readonly color: string
  /** epochs[0] is the start; a diverged run stops early. */
  readonly epochs: readonly EpochStats[]
  readonly hasDiverged: boolean
}

const isModelTrajectory = (t: Trajectory): t is ModelTrajectory => 'epochs' in t

/** The runs' epoch statistics, or null while the trajectories are not model runs yet. */
export function epochRuns(
  results: readonly RunResult[],
): { runs: EpochRun[]; stepsPerEpoch: number; batchSize: number; epochCount: number } | null {
  const first = results[0]?.trajectory
  if (!first || !results.every((r) => isModelTrajectory(r.trajectory))) return null
  const runs = results.map((r) => ({
    id: r.run.id,
    label: r.label,
    color: r.color,
    epochs: (r.trajectory as ModelTrajectory).epochs,
    hasDiverged: r.trajectory.divergedAt !== null,
  }))
  const { stepsPerEpoch, batchSize, epochCount } = first as ModelTrajectory
  return { runs, stepsPerEpoch, batchSize, epochCount }
}

/** Classification runs report a test accuracy; regression runs only a test loss. */
export const isClassification = (runs: readonly EpochRun[]) =>
  runs.some((r) => r.epochs.some((e) => e.testAccuracy !== null))

/** The epoch a step of the contour view falls in (step = index into the run's points). */
export function cursorEpoch(step: number | null, stepsPerEpoch: number, epochs: number) {
  if (step === null || !Number.isFinite(step)) return null
  return Math.max(0, Math.min(epochs, Math.floor(step / Math.max(1, stepsPerEpoch))))
}

/** A loss for reading: two significant digits ("0.50", "37"), whole numbers from 100. */
export function formatLoss(v: number): string {
  if (!Number.isFinite(v)) return '–'
  if (Math.abs(v) >= 99.5) return String(Math.round(v))
  if (Math.abs(v) < 0.01) return formatNumber(v, 2)
  return v.toPrecision(2)
}

/** An accuracy in [0, 1] as a whole percentage: "95 %". */
export const formatAccuracy = (a: number) => `${Math.round(a * 100)} %`

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/**
 * What the charts show, with their numbers: the runs from the lowest final training loss up, e.g.
 * "After 30 epochs, momentum 0.9 reached a training loss of 0.24 and 95 % test accuracy; gradient
 * descent 0.50 and 83 %." A diverged run is named last, with the epoch it blew up in.
 */
export function trainingSummary(runs: readonly EpochRun[], epochs: number): string {
  const isClass = isClassification(runs)
  const finished = runs
    .filter((r) => !r.hasDiverged && r.epochs.length > 0)
    .sort((a, b) => (a.epochs.at(-1)?.trainLoss ?? 0) - (b.epochs.at(-1)?.trainLoss ?? 0))
  const parts = finished.map((r, i) => {
    const last = r.epochs.at(-1) as EpochStats
    const loss = formatLoss(last.trainLoss)
    const test = isClass ? formatAccuracy(last.testAccuracy ?? 0) : formatLoss(last.testLoss)
    const name = lowerFirst(r.label)
    if (i > 0) return `${name} ${loss} and ${test}`
    return isClass
      ? `${name} reached a training loss of ${loss} and ${test} test accuracy`
      : `${name} reached a training loss of ${loss} and a test loss of ${test}`
  })
  const diverged = runs
    .filter((r) => r.hasDiverged)
    .map((r) => `${lowerFirst(r.label)} diverged in epoch ${r.epochs.length}`)
  const clauses = [...parts, ...diverged]
  if (clauses.length === 0) return ''
  const unit = epochs === 1 ? 'epoch' : 'epochs'
  return `After ${epochs} ${unit}, ${clauses.join('; ')}.`
}

/**
 * The points of a line worth drawing at its scale: per half-pixel column of `px(epoch)`, the
 * first, lowest, highest and last point, in order. A 2000-epoch curve on a 270 px chart keeps its
 * shape (every spike) with a fraction of the points.
 */
export function thinLine<P extends readonly [number, number]>(
  points: readonly P[],
  px: (epoch: number) => number,
): P[] {
  const out: P[] = []
  let column: P[] = []
  let at = NaN
  const flush = () => {
    if (column.length === 0) return
    let [lo, hi] = [column[0] as P, column[0] as P]
    for (const p of column) {
      if (p[1] < lo[1]) lo = p
      if (p[1] > hi[1]) hi = p
    }
    const keep = new Set([column[0] as P, lo, hi, column[column.length - 1] as P])
    for (const p of column) if (keep.has(p)) out.push(p)
    column = []
  }
  for (const p of points) {
    const c = Math.round(px(p[0]) * 2)
    if (c !== at) flush()
    at = c
    column.push(p)
  }
  flush()
  return out
}
