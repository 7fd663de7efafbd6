import type { RefObject } from 'react'
import type { RunResult } from '../state/hooks'
import { useLiveAttribute, type LiveFrame } from '../render/useLiveAttribute'

/** Whether every run shown has the same path now (a kept trajectory is the same object). */
const isCurrent = (now: readonly RunResult[], shown: readonly RunResult[]) =>
  shown.every((r) => now.find((n) => n.run.id === r.run.id)?.trajectory === r.trajectory)

/**
 * Marks an element drawn from the settled results (`data-stale`, `aria-busy`) while a drag's live
 * steps are ahead of them: its sentences and charts follow once the drag pauses, and until then
 * the page dims them (styles.css) rather than let them pass for the runs now on the plot.
 */
export function useStaleMark(ref: RefObject<Element | null>, settled: readonly RunResult[]) {
  const isStale = ({ results }: LiveFrame) => !isCurrent(results, settled)
  useLiveAttribute(ref, 'data-stale', (frame) => (isStale(frame) ? '' : null))
  useLiveAttribute(ref, 'aria-busy', (frame) => (isStale(frame) ? 'true' : null))
}
