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

/** Runs a deriver keeps by their inputs; the least recently used goes first (about 20 KB each). */
const KEPT_RUNS = 32

/**
 * A memoizing deriver of run results: a run whose inputs did not change keeps its previous object,
 * so dragging one run's slider re-renders and redraws only that run's path. Runs computed lately
 * are kept by their inputs too: a slider dragged back over values it just passed finds their
 * trajectories (and the paths drawn from them) instead of computing and collecting them again.
 */
export function makeRunDeriver(catalog: SurfaceCatalog = pageCatalog) {
  const kept = new Map<string, { result: RunResult; isTraining: boolean }>()
  return (shared: Shared, runs: readonly RunParams[]): RunResult[] => {
    const { surface, lr, start, steps } = shared
    const budget = { steps: 1000 } // model steps trained at once per change, on this thread
    return runs.map((run, index) => {
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
      let entry = kept.get(key)
      // A run still training is asked for again: it may be ready now.
      if (entry?.isTraining !== false || entry.result.run !== run) {
        const known = entry?.isTraining === false ? entry.result.trajectory : undefined
        const { trajectory, isTraining } = known
          ? { trajectory: known, isTraining: false }
          : trajectoryOf(catalog, shared, run, runs.length, budget)
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
        entry = { result, isTraining }
      }
      kept.delete(key)
      kept.set(key, entry)
      if (kept.size > KEPT_RUNS) kept.delete(kept.keys().next().value as string)
      return entry.result
    })
  }
}
