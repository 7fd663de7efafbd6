import { useSettled } from './context'
import type { Schedule } from './schedule'

const lrOf = (schedule: Schedule) => schedule.getState().lr

/**
 * The learning rate the settled results were run at (see schedule.ts): a sentence about those
 * results names this α, not React's, which a change reaches before the results settle.
 */
export function useSettledLr(): number {
  return useSettled(lrOf)
}
