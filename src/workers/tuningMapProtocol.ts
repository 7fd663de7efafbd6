// The messages between the page and the tuning-map worker, and what both sides need to agree on.
import { getSurface, type Surface } from '../core/surfaces'
import type { TuningMap } from '../core/tuningMap'
import type { TuningRule } from '../core/tuningMapAxes'
import type { Vec2 } from '../core/vec'
import type { JobFailure, JobProgress, ToJobWorker } from './jobs'

/**
 * What the page asks for: a built-in surface by id, the run's start, rule and step budget, and
 * the grid size. Plain data so it can cross to a worker; a custom surface will add its
 * expression as an optional `f` string (resolved in surfaceForRequest, keyed in requestKey).
 */
export interface TuningMapRequest {
  readonly surfaceId: string
  readonly start: Vec2
  readonly rule: TuningRule
  readonly steps: number
  readonly lrCount: number
  readonly momentumCount: number
}

/** How far a computation has got, in cells. */
export type TuningMapProgress = Pick<JobProgress, 'done' | 'total'>

/** Page → worker: compute (superseding any computation in progress), or cancel one by id. */
export type ToWorker = ToJobWorker<TuningMapRequest>

/** Worker → page, always tagged with the request's id so stale messages can be dropped. */
export type FromWorker =
  | JobProgress
  | { readonly type: 'result'; readonly id: number; readonly map: TuningMap }
  | JobFailure

/** Largest grid side and step budget a request may ask for (a bad message must not hang a worker). */
export const REQUEST_LIMITS = { cells: 500, steps: 100_000 } as const

/** The surface a request names, or undefined when it names none we know. */
export function surfaceForRequest(request: TuningMapRequest): Surface | undefined {
  return getSurface(request.surfaceId)
}

/** Why a request cannot be computed, or null when it can. */
export function requestProblem(request: TuningMapRequest): string | null {
  const isCount = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max
  if (!surfaceForRequest(request)) return `unknown surface "${request.surfaceId}"`
  if (!request.start.every(Number.isFinite)) return 'start must be finite'
  if (!isCount(request.lrCount, REQUEST_LIMITS.cells)) return 'lrCount out of range'
  if (!isCount(request.momentumCount, REQUEST_LIMITS.cells)) return 'momentumCount out of range'
  if (!isCount(request.steps, REQUEST_LIMITS.steps)) return 'steps out of range'
  return null
}

/** The cache key: everything the cells depend on (surface, start, rule, budget, grid). */
export function requestKey(r: TuningMapRequest): string {
  return JSON.stringify([
    r.surfaceId,
    r.start[0],
    r.start[1],
    r.rule,
    r.steps,
    r.lrCount,
    r.momentumCount,
  ])
}

/** The buffers of a map's arrays, to transfer instead of copy. */
export function mapTransferables(map: TuningMap): ArrayBuffer[] {
  return [map.lrs, map.momenta, map.status, map.convergedAt, map.divergedAt, map.finalLoss].map(
    (a) => a.buffer as ArrayBuffer,
  )
}
