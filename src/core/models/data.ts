import { gaussian, mulberry32, type Random } from './random'

/** Examples of one feature: x[i] is the feature, y[i] the target (a number, or 0/1 for a class). */
export interface Dataset {
  readonly x: readonly number[]
  readonly y: readonly number[]
}

/** A data set split into the examples the model trains on and those it is tested on. */
export interface DataSplit {
  readonly train: Dataset
  readonly test: Dataset
}

/** How a feature was standardised: z = (x − mean) / sd, both from the TRAIN examples only. */
export interface FeatureScaling {
  readonly mean: number
  readonly sd: number
}

/** Sizes and seed of a generated data set. */
export interface DataOptions {
  readonly seed?: number
  readonly nTrain?: number
  readonly nTest?: number
}

/** The seed the built-in data sets are generated from. */
export const DATA_SEED = 6

/** nTrain + nTest examples, each (feature, target) from `example` in order; the first nTrain train. */
function generate(
  o: DataOptions,
  example: (i: number, rand: Random) => readonly [number, number],
): DataSplit {
  const { seed = DATA_SEED, nTrain = 200, nTest = 100 } = o
  const rand = mulberry32(seed)
  const x: number[] = []
  const y: number[] = []
  for (let i = 0; i < nTrain + nTest; i++) {
    const [xi, yi] = example(i, rand)
    x.push(xi)
    y.push(yi)
  }
  return {
    train: { x: x.slice(0, nTrain), y: y.slice(0, nTrain) },
    test: { x: x.slice(nTrain), y: y.slice(nTrain) },
  }
}

/**
 * Exam score against hours studied: x uniform in [2, 8] hours, y = 6·x + 20 + N(0, 6²) points.
 * Examples are independent, so the first nTrain (default 200) are a random train set and the
 * next nTest (default 100) the test set. Deterministic given the seed.
 */
export function makeScoreData(o: DataOptions = {}): DataSplit {
  return generate(o, (_, rand) => {
    const hours = 2 + 6 * rand()
    return [hours, 6 * hours + 20 + 6 * gaussian(rand)]
  })
}

/**
 * Pass (1) or fail (0) against hours studied: the classes alternate, fails study N(3, 1.2²)
 * hours and passes N(6.5, 1.2²), so the classes overlap a little and the boundary is near 4.75 h.
 * First nTrain (default 200) train, next nTest (default 100) test. Deterministic given the seed.
 */
export function makePassData(o: DataOptions = {}): DataSplit {
  return generate(o, (i, rand) => {
    const pass = i % 2
    return [(pass ? 6.5 : 3) + 1.2 * gaussian(rand), pass]
  })
}

/** Mean and population standard deviation of the feature (use the train set: no test leakage). */
export function featureScaling(d: Dataset): FeatureScaling {
  const n = d.x.length
  const mean = d.x.reduce((s, v) => s + v, 0) / n
  const variance = d.x.reduce((s, v) => s + (v - mean) * (v - mean), 0) / n
  return { mean, sd: Math.sqrt(variance) }
}

/** The data set with its feature standardised by `s`; targets unchanged. */
export const standardizeFeature = (d: Dataset, s: FeatureScaling): Dataset => ({
  x: d.x.map((v) => (v - s.mean) / s.sd),
  y: d.y,
})

/** Parameters on the standardised feature with the same predictions as (w, b) on the raw one. */
export const toScaledParams = ([w, b]: readonly [number, number], s: FeatureScaling) =>
  [w * s.sd, b + w * s.mean] as const

/** Parameters on the raw feature with the same predictions as (w, b) on the standardised one. */
export const toRawParams = ([w, b]: readonly [number, number], s: FeatureScaling) =>
  [w / s.sd, b - (w * s.mean) / s.sd] as const
