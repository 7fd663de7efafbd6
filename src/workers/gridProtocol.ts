// The messages between the page and the contour-grid worker, and what both sides agree on.
import type { Range } from '../core/surfaces'
import type { JobFailure, ToJobWorker } from './jobs'

/** A sampled grid to compute: a surface by id over a view, nx × ny cell centres, row 0 on top. */
export interface GridRequest {
  readonly surfaceId: string
  readonly domain: { readonly x: Range; readonly y: Range }
  readonly nx: number
  readonly ny: number
}

/** Page → worker: compute (superseding any computation in progress), or cancel one by id. */
export type ToGridWorker = ToJobWorker<GridRequest>

/** Worker → page, tagged with the request's id so stale messages can be dropped. */
export type FromGridWorker =
  { readonly type: 'result'; readonly id: number; readonly values: Float64Array } | JobFailure

/** Largest grid side a request may ask for (a bad message must not hang a worker). */
export const GRID_LIMITS = { side: 1000 } as const

/** Why a request's numbers cannot be computed, or null when they can (the id is checked later). */
export function gridProblem(r: GridRequest): string | null {
  const isSide = (n: number) => Number.isInteger(n) && n >= 1 && n <= GRID_LIMITS.side
  const isRange = (v: Range) => v.every(Number.isFinite) && v[1] > v[0]
  if (!isSide(r.nx) || !isSide(r.ny)) return 'grid size out of range'
  if (!isRange(r.domain.x) || !isRange(r.domain.y)) return 'view must be finite and increasing'
  return null
}

/** The cache key: the surface, the view and the grid size (all the values depend on). */
export function gridKey(r: GridRequest): string {
  return JSON.stringify([r.surfaceId, r.domain.x, r.domain.y, r.nx, r.ny])
}
