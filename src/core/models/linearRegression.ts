import { symmetricEigen } from '../quadratic'
import type { Surface } from '../surfaces'
import type { Vec2 } from '../vec'
import { makeScoreData, toScaledParams, type Dataset, type FeatureScaling } from './data'
import { lineLoss, lineLossGrad, lineModel } from './lineModel'
import type { Model, ModelOptions } from './model'

/** Mean squared error of the line y ≈ w·x + b on a data set. */
export function mse(d: Dataset, w: Vec2): number {
  return lineLoss(d, w, (z, y) => (z - y) * (z - y))
}

/** Gradient of the MSE over the examples at `indices`: mean of 2·(w·x + b − y)·(x, 1). */
export function mseGrad(d: Dataset, w: Vec2, indices: readonly number[]): Vec2 {
  return lineLossGrad(d, w, indices, (z, y) => 2 * (z - y))
}

/** Least-squares line (closed form): w = cov(x, y)/var(x), b = ȳ − w·x̄. */
export function leastSquares(d: Dataset): Vec2 {
  const n = d.x.length
  const mx = d.x.reduce((s, v) => s + v, 0) / n
  const my = d.y.reduce((s, v) => s + v, 0) / n
  let sxy = 0
  let sxx = 0
  for (let i = 0; i < n; i++) {
    const dx = (d.x[i] as number) - mx
    sxy += dx * ((d.y[i] as number) - my)
    sxx += dx * dx
  }
  const w = sxy / sxx
  return [w, my - w * mx]
}

// The scaled view is 1.6 times wider than tall, like the page's plot, so round contours look round.
const RAW = { domain: { x: [-2, 14], y: [-20, 60] }, suggestedLr: 0.03 } as const
const SCALED = { domain: { x: [-23, 33], y: [30, 65] }, suggestedLr: 0.3 } as const
/** Start: predict 45 points for everyone (the same line on both features). */
const START: Vec2 = [0, 45]

/**
 * The MSE over the train data as a surface. The MSE is exactly quadratic, so f = f* + ½ dᵀHd
 * (d = distance to the least-squares fit) is the same function as the sum over the data, evaluated
 * in O(1): contours stay as cheap as ravine's.
 */
function scoreSurface(train: Dataset, scaling: FeatureScaling | null): Surface {
  const n = train.x.length
  // Hessian of the MSE: 2·mean((x, 1)(x, 1)ᵀ), the same at every point.
  const sx = train.x.reduce((s, v) => s + v, 0) / n
  const sxx = train.x.reduce((s, v) => s + v * v, 0) / n
  const hessian: [Vec2, Vec2] = [
    [2 * sxx, 2 * sx],
    [2 * sx, 2],
  ]
  const center = leastSquares(train)
  const fMin = mse(train, center)
  const view = scaling ? SCALED : RAW
  return {
    id: scaling ? 'linreg-scaled' : 'linreg',
    name: scaling ? 'Linear regression, scaled feature' : 'Linear regression',
    formula: scaling
      ? 'mean((x*(hours - m)/s + y - score)^2) over 200 students'
      : 'mean((x*hours + y - score)^2) over 200 students',
    latex: scaling
      ? '\\frac1n\\sum_i\\left(x\\,\\tfrac{h_i-m}{s}+y-s_i\\right)^2'
      : '\\frac1n\\sum_i\\left(x\\,h_i+y-s_i\\right)^2',
    f: (x, y) => {
      const dw = x - center[0]
      const db = y - center[1]
      return fMin + sxx * dw * dw + 2 * sx * dw * db + db * db
    },
    grad: (x, y) => {
      const dw = x - center[0]
      const db = y - center[1]
      return [2 * (sxx * dw + sx * db), 2 * (sx * dw + db)]
    },
    domain: view.domain,
    minima: [
      {
        x: center[0],
        y: center[1],
        f: fMin,
        isGlobal: true,
        hessianEigenvalues: symmetricEigen(hessian).values,
      },
    ],
    defaultStart: scaling ? toScaledParams(START, scaling) : START,
    suggestedLr: view.suggestedLr,
    about: scaling
      ? 'The same fit with hours standardised (mean 0, sd 1 on the train set): the weight and the bias no longer trade off and the valley is round.'
      : 'Fitting score = x·hours + y to 200 students. Hours are 2–8, never near 0, so raising the slope x and lowering the intercept y almost cancel: the loss is a long, narrow valley.',
    quadratic: { hessian, center },
  }
}

/** Linear regression of exam score on hours studied, loss = MSE over the 200 train examples. */
export function linearRegressionModel(o: ModelOptions = {}): Model {
  return lineModel(makeScoreData(), o, {
    task: 'regression',
    loss: mse,
    grad: mseGrad,
    accuracy: null,
    surface: scoreSurface,
  })
}
