import {
  runTrajectory,
  summarizeRun,
  type RunSummary,
  type Surface,
  type Trajectory,
  type Vec2,
} from '../core'
import type { RunParams } from './params'
import { pageCatalog, type SurfaceCatalog } from './catalog'
import { RUN_COLORS, RUN_MARKERS, runLabel, runOptions, type RunMarker } from './runOptions'

/** A run with everything derived from it: what the renderers and summaries read. */
export interface RunResult {
  readonly run: RunParams
  readonly index: number
  readonly label: string
  readonly color: string
  readonly marker: RunMarker
  readonly trajectory: Trajectory
  readonly summary: RunSummary
}

/** Inputs shared by every run. */
interface Shared {
  readonly surface: Surface
  readonly lr: number
  readonly start: Vec2
  readonly steps: number
  /** Model surfaces: mini-batch size (0 = full batch) and shuffle seed. */
  readonly batch?: number
  readonly seed?: number
}

/**
 * A run on a model surface trains the model (state/training.ts, loaded with the models): steps
 * are epochs, capped; gradients may be mini-batches. Small runs train here, others in a worker.
 */
function trajectoryOf(
  catalog: SurfaceCatalog,
  shared: Shared,
  run: RunParams,
  runCount: number,
  budget: { steps: number },
) {
  const options = runOptions(run, shared.lr, shared.start, shared.steps)
  const model = catalog.model(shared.surface.id)
  const training = catalog.training()
  if (model && training) return training.modelRun(model, options, { ...shared, runCount }, budget)
  return { trajectory: runTrajectory(shared.surface, options), isTraining: false }
}

/**
 * A memoizing deriver of run results: a run whose inputs did not change keeps its previous object,
 * so dragging one run's slider re-renders and redraws only that run's path.
 */
export function makeRunDeriver(catalog: SurfaceCatalog = pageCatalog) {
  let cache = new Map<string, { key: string; result: RunResult; isTraining: boolean }>()
  return (shared: Shared, runs: readonly RunParams[]): RunResult[] => {
    const { surface, lr, start, steps } = shared
    const next = new Map<string, { key: string; result: RunResult; isTraining: boolean }>()
    const budget = { steps: 1000 } // model steps trained at once per change, on this thread
    const results = runs.map((run, index) => {
      const key = JSON.stringify([
        surface.id,
        surface.formula,
        lr,
        start,
        steps,
        shared.batch,
        shared.seed,
        run.momentum,
        run.rule,
        index,
        runs.length, // the cap on training divides the steps among the runs
      ])
      const hit = cache.get(run.id)
      // A run still training is asked for again: it may be ready now.
      if (hit && hit.key === key && hit.result.run === run && !hit.isTraining) {
        next.set(run.id, hit)
        return hit.result
      }
      const { trajectory, isTraining } = trajectoryOf(catalog, shared, run, runs.length, budget)
      // Computed on first read: a drag step redraws the path, while the summaries that read it
      // update only once the drag settles.
      let summary: RunSummary | undefined
      const result: RunResult = {
        run,
        index,
        label: runLabel(run),
        color: RUN_COLORS[index % RUN_COLORS.length] as string,
        marker: RUN_MARKERS[index % RUN_MARKERS.length] as RunMarker,
        trajectory,
        get summary() {
          return (summary ??= summarizeRun(surface, trajectory))
        },
      }
      next.set(run.id, { key, result, isTraining })
      return result
    })
    cache = next
    return results
  }
}
