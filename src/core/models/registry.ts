import type { Surface } from '../surfaces'
import { linearRegressionModel } from './linearRegression'
import { logisticRegressionModel } from './logisticRegression'
import { isModelSurfaceId, type ModelSurfaceId } from './ids'
import type { Model } from './model'

const build = (id: ModelSurfaceId): Model => {
  const make = id.startsWith('logreg') ? logisticRegressionModel : linearRegressionModel
  return make({ standardize: id.endsWith('-scaled') })
}
// Models are immutable and deterministic, so building each once (lazily) is safe to share.
const cache = new Map<ModelSurfaceId, Model>()

/** The model with this surface id (built once, then shared), or undefined; never throws. */
export function getModel(id: string): Model | undefined {
  if (!isModelSurfaceId(id)) return undefined
  let model = cache.get(id)
  if (!model) {
    model = build(id)
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
