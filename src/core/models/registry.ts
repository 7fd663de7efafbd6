import type { Surface } from '../surfaces'
import { linearRegressionModel } from './linearRegression'
import { logisticRegressionModel } from './logisticRegression'
import type { Model, ModelSurfaceId } from './model'

/** Every model surface id, in the order the page lists them. */
export const modelSurfaceIds: readonly ModelSurfaceId[] = [
  'linreg',
  'linreg-scaled',
  'logreg',
  'logreg-scaled',
]

const build: Record<ModelSurfaceId, () => Model> = {
  linreg: () => linearRegressionModel(),
  'linreg-scaled': () => linearRegressionModel({ standardize: true }),
  logreg: () => logisticRegressionModel(),
  'logreg-scaled': () => logisticRegressionModel({ standardize: true }),
}
// Models are immutable and deterministic, so building each once (lazily) is safe to share.
const cache = new Map<ModelSurfaceId, Model>()

/** True for the id of a model surface. */
export const isModelSurfaceId = (id: string): id is ModelSurfaceId =>
  (modelSurfaceIds as readonly string[]).includes(id)

/** The model with this surface id (built once, then shared), or undefined; never throws. */
export function getModel(id: string): Model | undefined {
  if (!isModelSurfaceId(id)) return undefined
  let model = cache.get(id)
  if (!model) {
    model = build[id]()
    cache.set(id, model)
  }
  return model
}

/** The training-loss surface of a model, or undefined for an unknown id. */
export const modelSurface = (id: string): Surface | undefined => getModel(id)?.surface

/** The same model on the raw or the standardised feature: what the scaling toggle switches to. */
export function scalingPartner(id: ModelSurfaceId): ModelSurfaceId {
  return id.endsWith('-scaled')
    ? (id.slice(0, -'-scaled'.length) as ModelSurfaceId)
    : (`${id}-scaled` as ModelSurfaceId)
}
