import { symmetricEigen } from '../quadratic'
import type { Surface } from '../surfaces'
import type { Vec2 } from '../vec'
import { makePassData, toScaledParams, type Dataset, type FeatureScaling } from './data'
import { lineLoss, lineLossGrad, lineModel } from './lineModel'
import type { Model, ModelOptions } from './model'

/** The logistic function 1/(1 + e^−z), without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z))
  const e = Math.exp(z)
  return e / (1 + e)
}

/** Mean cross-entropy of p = σ(w·x + b) against 0/1 labels, in nats; stable for any z. */
export function crossEntropy(d: Dataset, w: Vec2): number {
  // −[y ln σ(z) + (1−y) ln(1−σ(z))] = softplus(z) − y·z, softplus written to never overflow
  return lineLoss(d, w, (z, y) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z)
}

/** Gradient of the cross-entropy over the examples at `indices`: mean of (σ(z) − y)·(x, 1). */
export function crossEntropyGrad(d: Dataset, w: Vec2, indices: readonly number[]): Vec2 {
  return lineLossGrad(d, w, indices, (z, y) => sigmoid(z) - y)
}

/** Hessian of the mean cross-entropy: mean of σ(1−σ)·(x, 1)(x, 1)ᵀ. */
export function crossEntropyHessian(d: Dataset, [w, b]: Vec2): [Vec2, Vec2] {
  let hww = 0
  let hwb = 0
  let hbb = 0
  for (const x of d.x) {
    const p = sigmoid(w * x + b)
    const s = p * (1 - p)
    hww += s * x * x
    hwb += s * x
    hbb += s
  }
  const n = d.x.length
  return [
    [hww / n, hwb / n],
    [hwb / n, hbb / n],
  ]
}

/** Share of examples whose class σ(w·x + b) > ½ predicts correctly, in [0, 1]. */
export function accuracy(d: Dataset, [w, b]: Vec2): number {
  let right = 0
  for (let i = 0; i < d.x.length; i++) {
    const predicted = w * (d.x[i] as number) + b > 0 ? 1 : 0
    if (predicted === d.y[i]) right++
  }
  return right / d.x.length
}

/**
 * The cross-entropy minimum by Newton's method from (0, 0): w ← w − H⁻¹∇ (2×2 solve). Converges
 * quadratically when the classes overlap (else no minimum exists and this throws).
 */
export function logisticFit(d: Dataset): Vec2 {
  const all = d.x.map((_, i) => i)
  let w: Vec2 = [0, 0]
  for (let k = 0; k < 100; k++) {
    const [gw, gb] = crossEntropyGrad(d, w, all)
    const [[a, c], [, e]] = crossEntropyHessian(d, w)
    const det = a * e - c * c
    const step: Vec2 = [(e * gw - c * gb) / det, (a * gb - c * gw) / det]
    w = [w[0] - step[0], w[1] - step[1]]
    if (Math.hypot(step[0], step[1]) <= 1e-13 * (1 + Math.hypot(w[0], w[1]))) return w
  }
  throw new Error('logisticFit: Newton did not converge (are the classes separable?)')
}

// The scaled view is 1.6 times wider than tall, like the page's plot, so round contours look round.
// lr 0.1: the training preset's rate, where 30 epochs of batches of 40 leave GD visibly behind.
const RAW = { domain: { x: [-1, 4], y: [-14, 2] }, suggestedLr: 0.1 } as const
const SCALED = { domain: { x: [-2.5, 6.5], y: [-3.6, 2] }, suggestedLr: 10 } as const
/** Start: a model that predicts "fail" for everyone (the same model on both features). */
const START: Vec2 = [-0.5, 1]

/** The mean cross-entropy over the train data as a surface, its minimum by Newton's method. */
function passSurface(train: Dataset, scaling: FeatureScaling | null): Surface {
  const all = train.x.map((_, i) => i)
  const fit = logisticFit(train)
  const view = scaling ? SCALED : RAW
  return {
    id: scaling ? 'logreg-scaled' : 'logreg',
    name: scaling ? 'Logistic regression, scaled feature' : 'Logistic regression',
    formula: scaling
      ? 'mean(log(1 + exp(x*(hours - m)/s + y)) - passed*(x*(hours - m)/s + y)) over 200 students'
      : 'mean(log(1 + exp(x*hours + y)) - passed*(x*hours + y)) over 200 students',
    latex: scaling
      ? '\\frac1n\\sum_i\\left[\\log\\left(1+e^{z_i}\\right)-p_i z_i\\right],\\ z_i=x\\,\\tfrac{h_i-m}{s}+y'
      : '\\frac1n\\sum_i\\left[\\log\\left(1+e^{z_i}\\right)-p_i z_i\\right],\\ z_i=x\\,h_i+y',
    f: (x, y) => crossEntropy(train, [x, y]),
    grad: (x, y) => crossEntropyGrad(train, [x, y], all),
    domain: view.domain,
    minima: [
      {
        x: fit[0],
        y: fit[1],
        f: crossEntropy(train, fit),
        isGlobal: true,
        hessianEigenvalues: symmetricEigen(crossEntropyHessian(train, fit)).values,
      },
    ],
    defaultStart: scaling ? toScaledParams(START, scaling) : START,
    suggestedLr: view.suggestedLr,
    isExpensive: true, // a sum over 200 examples per f: 16 000 of them for a contour grid
    about: scaling
      ? 'The same classifier with hours standardised (mean 0, sd 1 on the train set): the valley is much rounder.'
      : 'Predicting pass or fail from hours studied, P(pass) = σ(x·hours + y), scored by cross-entropy. Hours are never near 0, so slope x and offset y trade off along a long, narrow valley.',
  }
}

/**
 * Logistic regression of pass/fail on hours studied, loss = mean cross-entropy over the 200 train
 * examples (a sum over the data per evaluation), minimum found by Newton's method.
 */
export function logisticRegressionModel(o: ModelOptions = {}): Model {
  return lineModel(makePassData(), o, {
    task: 'classification',
    loss: crossEntropy,
    grad: crossEntropyGrad,
    accuracy,
    surface: passSurface,
  })
}
