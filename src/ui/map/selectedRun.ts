import type { RunResult } from '../../state/hooks'

/**
 * The run the map acts on: the chosen one if it still exists, else the last run with momentum
 * (the interesting one in a GD-vs-momentum race), else the last run.
 */
export function selectedResult(
  results: readonly RunResult[],
  selectedRunId: string | null,
): RunResult | undefined {
  return (
    results.find((r) => r.run.id === selectedRunId) ??
    results.findLast((r) => r.run.momentum > 0) ??
    results.at(-1)
  )
}
