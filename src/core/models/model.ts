import type { Surface } from '../surfaces'
import type { Vec2 } from '../vec'
import type { DataSplit, Dataset, FeatureScaling } from './data'
import type { ModelSurfaceId } from './ids'

/** What a model predicts: a number (scored by test loss) or a class (also by test accuracy). */
export type ModelTask = 'regression' | 'classification'

/** Options of a model factory. */
export interface ModelOptions {
  /** Standardise the feature with the TRAIN mean and sd: the loss valley becomes round. */
  readonly standardize?: boolean
}

/**
 * A two-parameter model on a data set. Parameters are surface coordinates: x is the weight w,
 * y the bias b, and `surface.f` is the mean loss over the whole train set.
 */
export interface Model {
  readonly id: ModelSurfaceId
  readonly task: ModelTask
  /** Full-batch training loss with its exact gradient, minimum and teaching text. */
  readonly surface: Surface
  /** Names of the two parameters (x, y), for axis labels. */
  readonly paramNames: readonly [string, string]
  /** The data as generated, in the feature's own units. */
  readonly data: DataSplit
  /** The data the model sees: `data` with the feature standardised when `scaling` is set. */
  readonly train: Dataset
  readonly test: Dataset
  /** Train mean and sd used to standardise the feature, or null for the raw feature. */
  readonly scaling: FeatureScaling | null
  /** Mean loss of parameters w over a data set in the model's feature units. */
  readonly loss: (data: Dataset, w: Vec2) => number
  /** Mean gradient over the train examples at `indices` (a mini-batch); never mutates them. */
  readonly batchGrad: (w: Vec2, indices: readonly number[]) => Vec2
  /** Share of correctly classified examples in [0, 1]; null for regression. */
  readonly accuracy: ((data: Dataset, w: Vec2) => number) | null
}
