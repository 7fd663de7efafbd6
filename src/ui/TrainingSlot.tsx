import { Suspense } from 'react'
import { useExplorer } from '../state/context'
import { isModelSurfaceId } from '../core'
import { TrainingStatus } from './lazyPanels'

/** On a model surface: the training progress and the cap notice (a lazily loaded chunk). */
export function TrainingSlot() {
  const surfaceId = useExplorer((s) => s.surface)
  if (!isModelSurfaceId(surfaceId)) return null
  return (
    <Suspense fallback={null}>
      <TrainingStatus />
    </Suspense>
  )
}
