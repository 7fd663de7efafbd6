// The one list of model surfaces: what the Surface menu offers before the models' code is loaded,
// so it lives apart from that code. An id is the model's, with '-scaled' for the standardised one.

/** Every model surface, in the order the page lists them. */
export const MODEL_SURFACES = [
  {
    id: 'linreg',
    name: 'Model: linear regression (raw feature)',
  },
  {
    id: 'linreg-scaled',
    name: 'Model: linear regression (standardised)',
  },
  {
    id: 'logreg',
    name: 'Model: logistic regression (raw feature)',
  },
  {
    id: 'logreg-scaled',
    name: 'Model: logistic regression (standardised)',
  },
] as const

/** Ids of the model surfaces: the raw feature, and the same model on the standardised feature. */
export type ModelSurfaceId = (typeof MODEL_SURFACES)[number]['id']

/** Every model surface id, in the order the page lists them. */
export const modelSurfaceIds: readonly ModelSurfaceId[] = MODEL_SURFACES.map((m) => m.id)

/** True for the id of a model surface. */
export const isModelSurfaceId = (id: string): id is ModelSurfaceId =>
  (modelSurfaceIds as readonly string[]).includes(id)
