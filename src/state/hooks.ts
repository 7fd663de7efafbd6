import { useEffect, useSyncExternalStore } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Surface } from '../core'
import { useCatalog, useExplorer, useSchedule, useSettled } from './context'
import type { Schedule } from './schedule'
import type { RunResult } from './deriver'
import { surfaceStatusOf, type SurfaceStatus } from './surfaceStatus'

export type { RunResult }

/** Re-renders the caller when a lazily loaded surface module arrives. */
export function useCatalogVersion(): number {
  const catalog = useCatalog()
  return useSyncExternalStore(catalog.subscribe, catalog.version, catalog.version)
}

/**
 * The current surface and whether it is ready: a model surface or a custom expression needs its
 * code loaded first (asked for once rendered); meanwhile the ravine stands in.
 */
export function useSurfaceStatus(): SurfaceStatus {
  useCatalogVersion()
  const catalog = useCatalog()
  const { id, f, view } = useExplorer(useShallow((s) => ({ id: s.surface, f: s.f, view: s.view })))
  const status = surfaceStatusOf(id, f, view, catalog)
  const { isLoading } = status
  useEffect(() => {
    if (isLoading) void catalog.load(id).catch(() => undefined)
  }, [catalog, id, isLoading])
  return status
}

/** The current surface (a stand-in while a lazily loaded one arrives). */
export function useSurface(): Surface {
  return useSurfaceStatus().surface
}

/** Every run's result, as of now: the plot and the run rows, which follow each slider step. */
export function useRunResults(): readonly RunResult[] {
  const { results } = useSchedule()
  return useSyncExternalStore(results.subscribe, results.get, results.get)
}

/**
 * Every run's result once it has settled (see schedule.ts): the charts and summaries beside the
 * plot, which need not repaint on every frame of a drag. A drag's steps reach them once it pauses.
 */
export function useSettledRunResults(): readonly RunResult[] {
  return useSettled(resultsOf)
}
const resultsOf = (schedule: Schedule) => schedule.results.get()

/**
 * How many optimizer steps the runs take: `steps`, except on a model surface, where `steps` counts
 * epochs (capped, see planTraining) and each epoch is several mini-batch steps. A number, so a
 * slider step that does not change it re-renders nobody.
 */
export function useStepCount(): number {
  const { results } = useSchedule()
  const steps = useExplorer((s) => s.steps)
  const count = () => {
    const t = results.get()[0]?.trajectory
    if (!t || !('stepsPerEpoch' in t) || typeof t.stepsPerEpoch !== 'number') return steps
    const epochs = 'epochCount' in t && typeof t.epochCount === 'number' ? t.epochCount : steps
    return epochs * t.stepsPerEpoch
  }
  return useSyncExternalStore(results.subscribe, count, count)
}
