import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { getSurface, type Surface } from '../core'
import { useExplorer, useRunDeriver } from './context'
import type { RunResult } from './deriver'

export type { RunResult }

/** The current surface (the store only ever holds a known id). */
export function useSurface(): Surface {
  const id = useExplorer((s) => s.surface)
  return getSurface(id) ?? (getSurface('ravine') as Surface)
}

/** Every run's trajectory, recomputed synchronously from the store's inputs. */
export function useRunResults(): readonly RunResult[] {
  const surface = useSurface()
  const { lr, start, steps, runs } = useExplorer(
    useShallow((s) => ({ lr: s.lr, start: s.start, steps: s.steps, runs: s.runs })),
  )
  const derive = useRunDeriver()
  return useMemo(
    () => derive({ surface, lr, start, steps }, runs),
    [derive, surface, lr, start, steps, runs],
  )
}
