// What the URL schema counts as "the default" for a surface, so links can leave it out.
import type { Vec2 } from '../core'
import { CUSTOM_DEFAULTS as CUSTOM, defaultParams, LIMITS, type Params } from './params'
import { pageCatalog, type SurfaceCatalog } from './catalog'
import { clampPoint, type ViewRange } from './urlParamsRead'

/** Every parameter name, in the order links write them. Public API: never rename one. */
export const PARAM_KEYS = [
  'surface',
  'f',
  'view',
  'lr',
  'start',
  'runs',
  'steps',
  'layout',
  'map',
  'batch',
  'seed',
  'embed',
  'controls',
  'story',
  'storystep',
] as const
export type ParamKey = (typeof PARAM_KEYS)[number]

/** True for a known parameter name. */
export const isParamKey = (k: string): k is ParamKey =>
  (PARAM_KEYS as readonly string[]).includes(k)

/** The custom surface's defaults (view, start, learning rate): defined in params.ts. */
export const CUSTOM_DEFAULTS: {
  readonly name: string
  readonly lr: number
  readonly start: Vec2
  readonly domain: ViewRange
} = CUSTOM

/**
 * A surface's name, suggested lr, start and view. A custom surface uses its own expression's
 * suggestions once the parser is loaded (a start where f is defined, an lr that neither diverges
 * nor crawls), else CUSTOM_DEFAULTS; so does an unknown id.
 */
export function surfaceDefaults(
  id: string,
  f = '',
  view: ViewRange | null = null,
  catalog: SurfaceCatalog = pageCatalog,
): typeof CUSTOM_DEFAULTS {
  if (id === 'custom') {
    const own = f.trim() === '' ? null : catalog.custom(f, view ?? CUSTOM.domain)
    if (!own?.ok) return CUSTOM_DEFAULTS
    const lr = Math.min(LIMITS.lr[1], Math.max(LIMITS.lr[0], own.surface.suggestedLr))
    return { name: CUSTOM.name, lr, start: own.surface.defaultStart, domain: own.surface.domain }
  }
  const s = catalog.find(id)
  if (!s) return CUSTOM_DEFAULTS
  return { name: s.name, lr: s.suggestedLr, start: s.defaultStart, domain: s.domain }
}

/** The start used when none is given: the surface's own, moved into the view if one is set. */
export function defaultStart(
  surface: string,
  view: ViewRange | null,
  f = '',
  catalog: SurfaceCatalog = pageCatalog,
): Vec2 {
  const d = surfaceDefaults(surface, f, view, catalog)
  return clampPoint(d.start, view ?? d.domain)
}

/** The surface-independent defaults (runs, steps, layout…) for a surface id, 'custom' included. */
export const baseParams = (surface: string, catalog: SurfaceCatalog = pageCatalog): Params =>
  defaultParams(surface, catalog)
