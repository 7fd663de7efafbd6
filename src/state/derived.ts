import { useMemo, useSyncExternalStore } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { getSurface, type Surface } from '../core'
import { useExplorer, useRunDeriver } from './context'
import type { RunResult } from './deriver'
import { CUSTOM_DEFAULTS } from './params'
import { customSurface, findSurface, loadSurfaceCode, registry } from './surfaceRegistry'

export type { RunResult }

const fallback = getSurface('ravine') as Surface

/** Re-renders the caller when a lazily loaded surface module arrives. */
export const useRegistryVersion = () =>
  useSyncExternalStore(registry.subscribe, registry.version, registry.version)

/**
 * The current surface and whether it is ready: a model surface or a custom expression needs its
 * code loaded first (started here on demand); meanwhile the last ready surface stands in.
 */
export function useSurfaceStatus(): {
  surface: Surface
  isLoading: boolean
  error: { message: string; position: number } | null
} {
  useRegistryVersion()
  const { id, f, view } = useExplorer(useShallow((s) => ({ id: s.surface, f: s.f, view: s.view })))
  if (id === 'custom') {
    const result = customSurface(f, view ?? CUSTOM_DEFAULTS.domain)
    if (result === null) {
      void loadSurfaceCode('custom')
      return { surface: fallback, isLoading: true, error: null }
    }
    if (!result.ok) return { surface: fallback, isLoading: false, error: result }
    return { surface: result.surface, isLoading: false, error: null }
  }
  const known = findSurface(id)
  if (!known) void loadSurfaceCode(id)
  return { surface: known ?? fallback, isLoading: !known && id !== fallback.id, error: null }
}

/** The current surface (a stand-in while a lazily loaded one arrives). */
export function useSurface(): Surface {
  return useSurfaceStatus().surface
}

/**
 * How many optimizer steps the runs take: `steps`, except on a model surface, where `steps` counts
 * epochs and each epoch is several mini-batch steps.
 */
export function useStepCount(): number {
  const results = useRunResults()
  const steps = useExplorer((s) => s.steps)
  const t = results[0]?.trajectory
  return t && 'stepsPerEpoch' in t && typeof t.stepsPerEpoch === 'number'
    ? steps * t.stepsPerEpoch
    : steps
}

/** Every run's trajectory, recomputed synchronously from the store's inputs. */
export function useRunResults(): readonly RunResult[] {
  const surface = useSurface()
  const { lr, start, steps, runs, batch, seed } = useExplorer(
    useShallow((s) => ({
      lr: s.lr,
      start: s.start,
      steps: s.steps,
      runs: s.runs,
      batch: s.batch,
      seed: s.seed,
    })),
  )
  const derive = useRunDeriver()
  return useMemo(
    () => derive({ surface, lr, start, steps, batch, seed }, runs),
    [derive, surface, lr, start, steps, runs, batch, seed],
  )
}
