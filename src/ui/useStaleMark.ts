import type { RefObject } from 'react'
import type { RunResult } from '../state/hooks'
import { useLiveAttribute, type LiveFrame } from '../render/useLiveAttribute'

/** Whether two lists hold the same runs' paths (a kept trajectory is the same object). */
const isSame = (a: readonly RunResult[], b: readonly RunResult[]) =>
  a.length === b.length && a.every((r, i) => r.trajectory === b[i]?.trajectory)

/**
 * Marks an element drawn from the settled results (`data-stale`, `aria-busy`) while a drag's live
 * steps are ahead of them: its sentences and charts follow once the drag pauses, and until then
 * the page dims them (class `me-settled`) rather than let them pass for the runs now on the plot.
 */
export function useStaleMark(ref: RefObject<Element | null>, settled: readonly RunResult[]) {
  const isStale = ({ results }: LiveFrame) => !isSame(results, settled)
  useLiveAttribute(ref, 'data-stale', (frame) => (isStale(frame) ? '' : null))
  useLiveAttribute(ref, 'aria-busy', (frame) => (isStale(frame) ? 'true' : null))
}
