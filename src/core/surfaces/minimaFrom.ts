import type { Minimum } from './types'

/** One minimum as the reference lists it: x, y, f and the two eigenvalues of the Hessian there. */
export type MinimumRow = readonly [x: number, y: number, f: number, eigen1: number, eigen2: number]

/**
 * A surface's minima from the reference's rows, the first `globalCount` of them the global ones.
 * @example minimaFrom(1, [[0, 0, 0, 1, 100]]) // one global minimum at the origin
 */
export function minimaFrom(globalCount: number, rows: readonly MinimumRow[]): Minimum[] {
  return rows.map(([x, y, f, eigen1, eigen2], i) => ({
    x,
    y,
    f,
    isGlobal: i < globalCount,
    hessianEigenvalues: [eigen1, eigen2],
  }))
}
