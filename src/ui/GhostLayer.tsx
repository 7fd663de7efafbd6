import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { coordinatesOf, runTrajectory, type Surface } from '../core'
import { useExplorer } from '../state/context'
import { runOptions } from '../state/runOptions'
import { linePath } from '../render/geometry'
import type { Scales } from '../render/scales'

/** A faint preview of a run that does not exist yet (a hovered tuning-map cell). */
export function GhostLayer({ surface, scales }: { surface: Surface; scales: Scales }) {
  const { ghost, start, steps } = useExplorer(
    useShallow((s) => ({ ghost: s.ghost, start: s.start, steps: s.steps })),
  )
  const d = useMemo(() => {
    if (!ghost) return ''
    const run = { id: 'ghost', momentum: ghost.momentum, rule: ghost.rule }
    return linePath(
      coordinatesOf(runTrajectory(surface, runOptions(run, ghost.lr, start, steps))),
      scales,
    )
  }, [ghost, surface, start, steps, scales])
  if (!d) return null
  return (
    <path
      className="me-ghost"
      d={d}
      fill="none"
      stroke="#222"
      strokeOpacity={0.55}
      strokeWidth={1.5}
      strokeDasharray="5 3"
      aria-hidden="true"
    />
  )
}
