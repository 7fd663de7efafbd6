import { getSurface, type Surface } from '../core'
import { CUSTOM_DEFAULTS, type Params } from './params'
import { pageCatalog, type SurfaceCatalog } from './catalog'

export interface SurfaceStatus {
  readonly surface: Surface
  readonly isLoading: boolean
  readonly error: { message: string; position: number } | null
}

const fallback = getSurface('ravine') as Surface

/**
 * The surface a figure shows for its `surface`, `f` and `view`, and whether it is ready: a model
 * surface or a custom expression needs its code loaded first; meanwhile the ravine stands in.
 * Pure: loading is started by the caller (useSurfaceStatus), through the same catalog.
 */
export function surfaceStatusOf(
  id: string,
  f: string,
  view: Params['view'],
  catalog: SurfaceCatalog = pageCatalog,
): SurfaceStatus {
  if (id === 'custom') {
    const result = catalog.custom(f, view ?? CUSTOM_DEFAULTS.domain)
    if (result === null) return { surface: fallback, isLoading: true, error: null }
    if (!result.ok) return { surface: fallback, isLoading: false, error: result }
    return { surface: result.surface, isLoading: false, error: null }
  }
  const known = catalog.find(id)
  return { surface: known ?? fallback, isLoading: !known && id !== fallback.id, error: null }
}
