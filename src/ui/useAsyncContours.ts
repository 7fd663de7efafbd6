// Contours of a surface whose loss is a sum over a data set (Surface.isExpensive): its grid is
// sampled by a job (state/gridJobs) and the bands drawn when it arrives; until then the plot has
// none. Analytic surfaces keep the synchronous path: their grid costs a few milliseconds.
import { useMemo } from 'react'
import type { Surface } from '../core/surfaces'
import { gridJobs, type GridRequest } from '../state/gridJobs'
import { useJob } from '../state/useJob'
import { contoursFor, type ContourSet, type Domain } from '../render/contours'
import type { Scales } from '../render/scales'

/** The grid computeContours samples by default (contoursFor uses its defaults): keep them equal. */
export const GRID_SIZE = { nx: 160, ny: 100 } as const

/** Whether a surface's contour grid is worth a worker: 16 000 data-set losses (100–500 ms). */
export const isExpensiveSurface = (surface: Surface) => surface.isExpensive === true

/** No bands: what the plot shows while an expensive grid is on its way. */
export const NO_CONTOURS: ContourSet = {
  bands: [],
  thresholds: [],
  color: () => '#fff',
  undefinedFraction: 0,
  undefinedPath: '',
}

const standIns = new WeakMap<Float64Array, Surface>()

/**
 * A surface whose f reads the sampled grid back: sampleGrid only evaluates f at cell centres,
 * and each centre maps back to its own cell, so contoursFor draws exactly the sampled values
 * (and caches them per grid, since a grid array is never reused for another surface or view).
 */
function gridSurface(surface: Surface, values: Float64Array, domain: Domain): Surface {
  let s = standIns.get(values)
  if (!s) {
    const { nx, ny } = GRID_SIZE
    const { x, y } = domain
    const cell = (v: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(v * n)))
    const f = (px: number, py: number) => {
      const i = cell((px - x[0]) / (x[1] - x[0]), nx)
      const j = cell((y[1] - py) / (y[1] - y[0]), ny)
      return values[j * nx + i] as number
    }
    s = { ...surface, f }
    standIns.set(values, s)
  }
  return s
}

/**
 * The contour bands for a plot, and whether they are still being computed. Expensive surfaces get
 * NO_CONTOURS until their grid arrives from the worker (cached per surface id, view and size).
 * @example const { contours, isPending } = useAsyncContours(surface, domain, scales)
 */
export function useAsyncContours(
  surface: Surface,
  domain: Domain,
  scales: Scales,
): { contours: ContourSet; isPending: boolean } {
  const isExpensive = isExpensiveSurface(surface)
  const request = useMemo<GridRequest | null>(
    () => (isExpensive ? { surfaceId: surface.id, domain, ...GRID_SIZE } : null),
    [isExpensive, surface.id, domain],
  )
  // Failed (an unknown surface): the plot simply keeps no bands.
  const values = useJob(gridJobs, request).result
  const contours = useMemo(() => {
    if (!isExpensive) return contoursFor(surface, domain, scales)
    return values ? contoursFor(gridSurface(surface, values, domain), domain, scales) : NO_CONTOURS
  }, [isExpensive, surface, domain, scales, values])
  return { contours, isPending: isExpensive && !values }
}
