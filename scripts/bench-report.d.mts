/** A harness summary (see ../shared/bench/slider-latency.mjs), or the error of a failed case. */
export interface CaseResult {
  error?: string
  latencyMs?: { p50: number; p95: number; max: number; samples: number }
  longTasksDuringDrag?: number[]
  unchangedSteps?: number[]
}
export interface TargetRow {
  target: string
  status: 'PASS' | 'MISS' | 'n/a'
  detail: string
}
export declare const TARGETS: {
  floorP50SlackMs: number
  floorP95SlackMs: number
  minFps: number
  budgetGzipBytes: number
}
export declare function evaluateTargets(
  cases: Record<string, CaseResult>,
  playback: { fps: number | null; droppedFrames: number; longTasks: number } | null,
  bundles: { page?: { gzip: number } | null; embed?: { gzip: number } | null } | null,
): TargetRow[]
export declare function tallyTargets(
  runs: readonly (readonly TargetRow[])[],
): { target: string; met: number; of: number; details: string[] }[]
export declare function calibrationTally(
  repeats: readonly Record<string, CaseResult>[],
): { target: string; met: number; of: number; details: string[] }[]
export declare function formatTable(rows: unknown[][]): string
export declare function heapTrend(
  samples: readonly { minute: number; bytes: number }[],
): { bytesPerMinute: number; start: number; end: number; growthPct: number } | null
