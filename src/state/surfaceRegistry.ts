// Surfaces beyond the built-in ones arrive on demand, so the first page load stays small: the
// real-model surfaces (src/core/models) and custom expressions (src/core/expression) are separate
// chunks. Once loaded they are found here by id, synchronously, like the built-in ones.
import { getSurface, type Range, type Surface } from '../core'

/** The model surfaces the Surface menu offers before their code is loaded. */
export const MODEL_SURFACE_OPTIONS = [
  { id: 'linreg', name: 'Model: linear regression (raw feature)' },
  { id: 'linreg-scaled', name: 'Model: linear regression (standardised)' },
  { id: 'logreg', name: 'Model: logistic regression (raw feature)' },
  { id: 'logreg-scaled', name: 'Model: logistic regression (standardised)' },
] as const

export const isModelSurfaceId = (id: string) => MODEL_SURFACE_OPTIONS.some((o) => o.id === id)

type ModelsModule = typeof import('../core/models')
type ExpressionModule = typeof import('../core/expression')
type TrainingModule = typeof import('./training')

let models: ModelsModule | null = null
let training: TrainingModule | null = null
let expressions: ExpressionModule | null = null
let version = 0
const listeners = new Set<() => void>()
/** Tells every figure that the surfaces' results may have changed (a model run was trained). */
export const changed = () => {
  version++
  for (const l of listeners) l()
}

/** For useSyncExternalStore: re-render when a lazily loaded surface module arrives. */
export const registry = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  version: () => version,
}

/** Loads the model surfaces' code (once). */
export async function loadModels(): Promise<ModelsModule> {
  if (!models) {
    ;[models, training] = await Promise.all([import('../core/models'), import('./training')])
    changed()
  }
  return models
}

/** Loads the expression parser (once). */
export async function loadExpressions(): Promise<ExpressionModule> {
  if (!expressions) {
    expressions = await import('../core/expression')
    changed()
  }
  return expressions
}

/** Loads whatever a surface id needs; resolves at once for built-in surfaces. */
export async function loadSurfaceCode(id: string): Promise<void> {
  if (isModelSurfaceId(id)) await loadModels()
  else if (id === 'custom') await loadExpressions()
}

/** Whether a surface's code is loaded (always true for the built-in surfaces). */
export const isSurfaceReady = (id: string) =>
  id === 'custom' ? expressions !== null : findSurface(id) !== undefined || !isModelSurfaceId(id)

/**
 * The lazily loaded surface a link or an element's attributes ask for (a model id, or 'custom'
 * when there is an expression `f`), or null: read before parsing, so the parser knows the surface.
 */
export function surfaceAskedFor(input: string | Readonly<Record<string, unknown>>): string | null {
  const get = (k: string) => {
    if (typeof input === 'string') return new URLSearchParams(input).get(k)
    const v = input[k]
    return typeof v === 'string' ? v : null
  }
  const id = get('surface')?.trim().toLowerCase() ?? ''
  if (isModelSurfaceId(id)) return id
  if (id === 'custom' || (get('f') ?? '').trim() !== '') return 'custom'
  return null
}

/** Loads the code a link or attribute set needs before it is parsed (resolves at once if none). */
export async function prepareSurfaceFor(input: string | Readonly<Record<string, unknown>>) {
  const id = surfaceAskedFor(input)
  if (id && !isSurfaceReady(id)) await loadSurfaceCode(id).catch(() => undefined)
}

/** Runs `then` once a surface's code is there: at once when it already is (so built-in surfaces
 * switch in the same event, with no flash), else after loading it. */
export function whenSurfaceReady(id: string, then: () => void): void {
  if (isSurfaceReady(id)) then()
  else void loadSurfaceCode(id).then(then)
}

/** A built-in or already-loaded model surface by id (never the custom one: it needs f). */
export function findSurface(id: string): Surface | undefined {
  return getSurface(id) ?? (models && isModelSurfaceId(id) ? models.modelSurface(id) : undefined)
}

/** The loaded model behind a model surface id, for mini-batch training runs. */
export function findModel(id: string) {
  return models && isModelSurfaceId(id) ? (models.getModel(id) ?? null) : null
}

/** The models module, once loaded (for presets and run functions). */
export const loadedModels = () => models

/** The training queue (state/training.ts), loaded with the models. */
export const loadedTraining = () => training

type CustomResult =
  { ok: true; surface: Surface } | { ok: false; message: string; position: number }
const customCache = new Map<string, CustomResult>()

/** The custom surface for an expression and view: null until the parser has loaded. */
export function customSurface(f: string, view: { x: Range; y: Range }): CustomResult | null {
  if (!expressions) return null
  const key = `${view.x.join()},${view.y.join()}|${f}`
  let hit = customCache.get(key)
  if (!hit) {
    const r = expressions.customSurface(f, view)
    hit = r.ok ? r : { ok: false, message: r.error.message, position: r.error.position }
    if (customCache.size > 50) customCache.clear()
    customCache.set(key, hit)
  }
  return hit
}
