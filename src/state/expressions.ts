// The expression language as the catalog loads it (one lazily loaded chunk): the core module,
// and its custom surfaces cached per expression and view, so a figure's re-renders parse f once.
import { customSurface, type View } from '../core/expression'
import type { Surface } from '../core'

export * from '../core/expression'

/** A custom expression's surface, or where and why it cannot be drawn. */
export type CustomResult =
  | { readonly ok: true; readonly surface: Surface }
  | { readonly ok: false; readonly message: string; readonly position: number }

const cache = new Map<string, CustomResult>()

/** The custom surface for an expression and view, from the cache when it was made before. */
export function cachedCustomSurface(f: string, view: View): CustomResult {
  const key = `${view.x.join()},${view.y.join()}|${f}`
  let hit = cache.get(key)
  if (!hit) {
    const r = customSurface(f, view)
    hit = r.ok ? r : { ok: false, message: r.error.message, position: r.error.position }
    if (cache.size > 50) cache.clear()
    cache.set(key, hit)
  }
  return hit
}
