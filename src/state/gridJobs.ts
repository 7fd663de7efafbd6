// The contour grid's jobs: the client (and its worker) load only when an expensive surface is
// first drawn, so none of it is in the first load.
import type { GridRequest } from '../workers/gridProtocol'
import { lazyJobs } from './useJob'

export type { GridRequest }

/** Sampled contour grids of expensive surfaces, for useJob. */
export const gridJobs = lazyJobs<GridRequest, Float64Array>(
  async () => (await import('../workers/gridClient')).gridJobs,
)
