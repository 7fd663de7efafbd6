// The digits job as one sequence of small units, run in slices: every training step of every
// run, then the projection, then the plane's first layer, then each landscape row, coarse first.
import {
  parseDigits,
  planeLoss,
  principalPlane,
  projectOnto,
  splitDigits,
  startNetworkTraining,
  type NetworkTraining,
} from '../core/network'
import { maxOf, minOf } from '../core/extent'
import type { Range } from '../core/surfaces'
import { computeContours } from '../render/contours'
import { makeScales } from '../render/scales'
import { sampleRows } from './gridSample'
import { landscapeSurface } from './networkSurface'
import {
  PLANE_SIZE,
  type Landscape,
  type NetworkRequest,
  type NetworkResult,
  type TrainedNetworks,
} from './networkProtocol'
import { runInSlices } from './slices'

/** What a job reports as it goes, and how it paces itself. */
export interface NetworkJobOptions {
  readonly sliceMs: number
  readonly onProgress?: (done: number, total: number) => void
  readonly onTrained?: (trained: TrainedNetworks) => void
  readonly onLandscape?: (landscape: Landscape) => void
  readonly onDone: (result: NetworkResult) => void
}

/** The view around the paths: their bounding box padded by a fifth on each side. */
export function landscapeDomain(trained: TrainedNetworks): { x: Range; y: Range } {
  const span = (axis: 0 | 1): Range => {
    const values = trained.runs.flatMap((r) => Array.from(r.path).filter((_, i) => i % 2 === axis))
    const [lo, hi] = [minOf(values), maxOf(values)]
    const pad = Math.max(0.2 * (hi - lo), 1e-3 * Math.max(1, Math.abs(lo), Math.abs(hi)))
    return [lo - pad, hi + pad]
  }
  return { x: span(0), y: span(1) }
}

/**
 * Starts the job; returns a cancel function (after it, no callback fires), or a message saying
 * why the data cannot be used. onTrained precedes the coarse landscape, which precedes onDone.
 */
export function runNetworkJob(r: NetworkRequest, o: NetworkJobOptions): (() => void) | string {
  let split
  try {
    split = splitDigits(parseDigits(r.bytes))
  } catch (e) {
    return e instanceof Error ? e.message : 'bad digits data'
  }
  const data = split
  const trainings: NetworkTraining[] = r.runs.map((run) =>
    startNetworkTraining(data, { ...run, batchSize: r.batchSize, epochs: r.epochs, seed: r.seed }),
  )
  const steps = trainings.map((t) => t.record.totalSteps)
  const trainingUnits = steps.reduce((s, n) => s + n, 0)
  const total = trainingUnits + 2 + r.coarse + r.refined
  let trained: TrainedNetworks | null = null
  let loss: (a: number, b: number) => number = () => NaN
  const grids: { -readonly [K in keyof Landscape]: Landscape[K] }[] = []
  const startGrid = (level: Landscape['level'], side: number) => {
    const domain = landscapeDomain(trained as TrainedNetworks)
    const values = new Float64Array(side * side)
    grids.push({ level, domain, nx: side, ny: side, values, bands: [] })
  }
  // The contour bands too are drawn here, so the page's main thread only sets path strings.
  const drawBands = (grid: (typeof grids)[number]) => {
    const scales = makeScales(grid.domain, PLANE_SIZE.width, PLANE_SIZE.height)
    grid.bands = computeContours(
      landscapeSurface(grid),
      grid.domain,
      scales,
      grid.nx,
      grid.ny,
    ).bands
  }
  const unit = (i: number) => {
    if (i < trainingUnits) {
      let k = i
      for (const [r, n] of steps.entries()) {
        if (k < n) return void trainings[r]?.step()
        k -= n
      }
      return
    }
    const j = i - trainingUnits
    if (j === 0) {
      const records = trainings.map((t) => t.record)
      const plane = principalPlane(records.flatMap((rec) => rec.snapshots))
      const runs = records.map((rec) => ({
        epochs: rec.epochs,
        path: Float64Array.from(rec.snapshots.flatMap((w) => projectOnto(plane, w))),
        snapshotSteps: rec.snapshotSteps,
        stepsPerEpoch: rec.stepsPerEpoch,
        divergedAt: rec.divergedAt,
      }))
      const share = (v: number) => (plane.totalVariance > 0 ? v / plane.totalVariance : 0)
      const axisShares = [share(plane.variances[0]), share(plane.variances[1])] as const
      trained = { runs, explained: plane.explained, axisShares }
      o.onTrained?.(trained)
      loss = planeLoss(data.train, plane) // the slow part of the next unit, timed apart
      return
    }
    if (j === 1) return startGrid('coarse', r.coarse)
    const row = j - 2
    const [grid, y] = row < r.coarse ? [grids[0], row] : [grids[1], row - r.coarse]
    if (!grid) return
    sampleRows({ f: loss }, grid, grid.values, y, y + 1)
    if (y === grid.ny - 1) {
      drawBands(grid)
      o.onLandscape?.(grid)
      if (grid.level === 'coarse') startGrid('refined', r.refined)
    }
  }
  return runInSlices(total, o.sliceMs, unit, (done) => {
    o.onProgress?.(Math.min(done, trainingUnits), trainingUnits)
    const [coarse, refined] = grids
    if (done === total && trained && coarse && refined) o.onDone({ trained, coarse, refined })
  })
}
