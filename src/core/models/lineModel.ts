// What the models that fit a line z = w·x + b to one feature share: mean losses over the data,
// their gradients, and the standardised data a model sees.
import type { Surface } from '../surfaces'
import type { Vec2 } from '../vec'
import { featureScaling, standardizeFeature } from './data'
import type { DataSplit, Dataset, FeatureScaling } from './data'
import type { Model, ModelOptions, ModelTask } from './model'

/** A loss of one example in terms of the line's prediction z = w·x + b and the target y. */
export type ExampleLoss = (z: number, y: number) => number

/**
 * Mean of `loss(w·x + b, y)` over a data set.
 * @example lineLoss(d, [w, b], (z, y) => (z - y) ** 2) // the MSE
 */
export function lineLoss(d: Dataset, [w, b]: Vec2, loss: ExampleLoss): number {
  let sum = 0
  for (let i = 0; i < d.x.length; i++) sum += loss(w * (d.x[i] as number) + b, d.y[i] as number)
  return sum / d.x.length
}

/**
 * Gradient in (w, b) of the mean loss over the examples at `indices`, given the loss's derivative
 * in z: by the chain rule, the mean of slope(z, y)·(x, 1).
 */
export function lineLossGrad(
  d: Dataset,
  [w, b]: Vec2,
  indices: readonly number[],
  slope: ExampleLoss,
): Vec2 {
  let gw = 0
  let gb = 0
  for (const i of indices) {
    const x = d.x[i] as number
    const s = slope(w * x + b, d.y[i] as number)
    gw += s * x
    gb += s
  }
  return [gw / indices.length, gb / indices.length]
}

/** What tells one line model from another. */
export interface LineModelParts {
  readonly task: ModelTask
  readonly loss: (d: Dataset, w: Vec2) => number
  readonly grad: (d: Dataset, w: Vec2, indices: readonly number[]) => Vec2
  readonly accuracy: Model['accuracy']
  /** The training loss over the data the model sees, as a surface. */
  readonly surface: (train: Dataset, scaling: FeatureScaling | null) => Surface
}

/** A model of `data`, its feature standardised by the train set's mean and sd when asked. */
export function lineModel(data: DataSplit, o: ModelOptions, parts: LineModelParts): Model {
  const scaling = o.standardize ? featureScaling(data.train) : null
  const train = scaling ? standardizeFeature(data.train, scaling) : data.train
  const test = scaling ? standardizeFeature(data.test, scaling) : data.test
  const surface = parts.surface(train, scaling)
  return {
    id: surface.id as Model['id'],
    task: parts.task,
    surface,
    paramNames: ['w', 'b'],
    data,
    train,
    test,
    scaling,
    loss: parts.loss,
    batchGrad: (w, indices) => parts.grad(train, w, indices),
    accuracy: parts.accuracy,
  }
}
