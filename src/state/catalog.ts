// The surfaces a figure can show, as one object handed to the parser, the store and the figures:
// the built-in ones at once; the model surfaces and custom expressions once their code (separate
// chunks, so the first load stays small) has been loaded through it.
import { getSurface, isModelSurfaceId, type Range, type Surface } from '../core'
import type { Model } from '../core/models'
import type { CustomResult } from './expressions'

type ModelsModule = typeof import('../core/models')
type ExpressionModule = typeof import('./expressions')
type TrainingModule = typeof import('./training')

export type { CustomResult }

/** Every surface a figure may show, and the code behind the lazily loaded ones. */
export interface SurfaceCatalog {
  /** A built-in or loaded model surface by id (never the custom one: it needs f). */
  find(id: string): Surface | undefined
  /** The loaded model behind a model surface id, for mini-batch training runs. */
  model(id: string): Model | null
  /** The custom surface for an expression and view: null until the parser has loaded. */
  custom(f: string, view: { readonly x: Range; readonly y: Range }): CustomResult | null
  /** The training queue (state/training.ts), loaded with the models. */
  training(): TrainingModule | null
  /** Whether a surface's code is loaded (always true for the built-in surfaces). */
  isReady(id: string): boolean
  /** Loads whatever a surface id needs ('custom': the parser); at once for built-in ones. */
  load(id: string): Promise<void>
  /** Runs `then` once a surface's code is there: in the same event when it already is (no flash). */
  whenReady(id: string, then: () => void): void
  loadModels(): Promise<ModelsModule>
  loadExpressions(): Promise<ExpressionModule>
  /** For useSyncExternalStore: code arrived, or a model run finished training. */
  subscribe(listener: () => void): () => void
  version(): number
}

/** A catalog with nothing loaded yet; loaded modules are shared (import() caches them). */
export function createSurfaceCatalog(): SurfaceCatalog {
  let models: ModelsModule | null = null
  let training: TrainingModule | null = null
  let expressions: ExpressionModule | null = null
  let version = 0
  const listeners = new Set<() => void>()
  const changed = () => {
    version++
    for (const l of listeners) l()
  }
  const catalog: SurfaceCatalog = {
    find: (id) =>
      getSurface(id) ?? (models && isModelSurfaceId(id) ? models.modelSurface(id) : undefined),
    model: (id) => (models && isModelSurfaceId(id) ? (models.getModel(id) ?? null) : null),
    custom: (f, view) => expressions?.cachedCustomSurface(f, view) ?? null,
    training: () => training,
    isReady: (id) =>
      id === 'custom' ? expressions !== null : !isModelSurfaceId(id) || models !== null,
    async load(id) {
      if (isModelSurfaceId(id)) await catalog.loadModels()
      else if (id === 'custom') await catalog.loadExpressions()
    },
    whenReady(id, then) {
      if (catalog.isReady(id)) then()
      else void catalog.load(id).then(then)
    },
    async loadModels() {
      if (!models) {
        const [m, t] = await Promise.all([import('../core/models'), import('./training')])
        if (!models) t.trainingResults.subscribe(changed) // a run trained: derive the results again
        ;[models, training] = [m, t]
        changed()
      }
      return models
    },
    async loadExpressions() {
      if (!expressions) {
        expressions = await import('./expressions')
        changed()
      }
      return expressions
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    version: () => version,
  }
  return catalog
}

/** The catalog of the page's figures: code loaded once serves every figure on the page. */
export const pageCatalog = createSurfaceCatalog()
