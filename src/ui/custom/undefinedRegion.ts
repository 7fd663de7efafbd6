// Where the user's f is NaN or infinite: the share of the view and the box around those points.
import type { Range, Surface } from '../../core'

/** The share of the view where f is undefined and the box that holds those cells (null if none). */
export interface UndefinedRegion {
  readonly fraction: number
  readonly box: { readonly x: Range; readonly y: Range } | null
}

/**
 * Samples f at the centres of an nx × ny grid over the surface's domain (the grid that
 * core's `undefinedFraction` uses), and returns the share of undefined cells and their bounds.
 */
export function undefinedRegion(
  surface: Pick<Surface, 'f' | 'domain'>,
  nx = 80,
  ny = 50,
): UndefinedRegion {
  const { x, y } = surface.domain
  const [dx, dy] = [(x[1] - x[0]) / nx, (y[1] - y[0]) / ny]
  let bad = 0
  let [i0, i1, j0, j1] = [nx, -1, ny, -1]
  for (let j = 0; j < ny; j++) {
    const py = y[0] + (j + 0.5) * dy
    for (let i = 0; i < nx; i++) {
      if (Number.isFinite(surface.f(x[0] + (i + 0.5) * dx, py))) continue
      bad++
      ;[i0, i1, j0, j1] = [Math.min(i0, i), Math.max(i1, i), Math.min(j0, j), Math.max(j1, j)]
    }
  }
  if (bad === 0) return { fraction: 0, box: null }
  // The box covers whole cells, so it reads as "somewhere in here", never tighter than we know.
  const box = {
    x: [x[0] + i0 * dx, x[0] + (i1 + 1) * dx] as Range,
    y: [y[0] + j0 * dy, y[0] + (j1 + 1) * dy] as Range,
  }
  return { fraction: bad / (nx * ny), box }
}

/** "12 %", or "under 1 %" so a sliver never reads as 0 %. */
export function percent(fraction: number): string {
  const p = Math.round(fraction * 100)
  return p === 0 && fraction > 0 ? 'under 1 %' : `${p} %`
}
