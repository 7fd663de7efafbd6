import { mulberry32, type Random } from '../models/random'
import { DIGIT_CLASSES, DIGIT_PIXELS, type DigitSet } from './digits'

/** Hidden units of the 64 → 32 → 10 network. */
export const HIDDEN = 32
const IN = DIGIT_PIXELS
const OUT = DIGIT_CLASSES

/**
 * Where each tensor sits in the flat weight vector, in torch's parameter order for
 * nn.Sequential(Linear(64, 32), ReLU(), Linear(32, 10)): W1 [32 × 64] row-major, b1, W2 [10 × 32], b2.
 */
export const LAYOUT = {
  w1: 0,
  b1: HIDDEN * IN,
  w2: HIDDEN * IN + HIDDEN,
  b2: HIDDEN * IN + HIDDEN + OUT * HIDDEN,
  size: HIDDEN * IN + HIDDEN + OUT * HIDDEN + OUT,
} as const

/**
 * PyTorch's default nn.Linear initialisation drawn from `rand`: kaiming_uniform_(a = √5) gives
 * weights U(−1/√fan_in, 1/√fan_in), and the bias the same bound. Draws W1, b1, W2, b2 in order,
 * each value as (2u − 1)·bound. https://pytorch.org/docs/stable/generated/torch.nn.Linear.html
 */
export function initialWeights(rand: Random): Float64Array {
  const w = new Float64Array(LAYOUT.size)
  const fill = (from: number, to: number, fanIn: number) => {
    const bound = 1 / Math.sqrt(fanIn)
    for (let i = from; i < to; i++) w[i] = (2 * rand() - 1) * bound
  }
  fill(LAYOUT.w1, LAYOUT.b1, IN)
  fill(LAYOUT.b1, LAYOUT.w2, IN)
  fill(LAYOUT.w2, LAYOUT.b2, HIDDEN)
  fill(LAYOUT.b2, LAYOUT.size, HIDDEN)
  return w
}

/** initialWeights from a fresh mulberry32(seed). */
export const initialWeightsFor = (seed: number) => initialWeights(mulberry32(seed))

/** Mean loss, the share classified correctly, and (if asked) the gradient of the mean loss. */
export interface Evaluation {
  readonly loss: number
  readonly accuracy: number
}

/**
 * Mean softmax cross-entropy of the network `w` on the images at `indices` of `set` (all of them
 * if omitted), and its accuracy. With `grad` (length LAYOUT.size, overwritten) it also writes
 * the gradient of the mean loss by backpropagation. ReLU's derivative at 0 is 0, as torch's.
 */
export function evaluate(
  w: Float64Array,
  set: DigitSet,
  indices: ArrayLike<number> | null = null,
  grad: Float64Array | null = null,
): Evaluation {
  const n = indices === null ? set.count : indices.length
  const h = new Float64Array(HIDDEN)
  const z = new Float64Array(OUT)
  const dh = new Float64Array(HIDDEN)
  if (grad) grad.fill(0)
  let total = 0
  let correct = 0
  for (let e = 0; e < n; e++) {
    const img = indices === null ? e : (indices[e] as number)
    const x0 = img * IN
    for (let j = 0; j < HIDDEN; j++) {
      let s = w[LAYOUT.b1 + j] as number
      const row = LAYOUT.w1 + j * IN
      for (let k = 0; k < IN; k++) {
        const x = set.pixels[x0 + k] as number
        if (x !== 0) s += (w[row + k] as number) * x // most pixels are blank
      }
      h[j] = s > 0 ? s : 0
    }
    let best = 0
    for (let c = 0; c < OUT; c++) {
      let s = w[LAYOUT.b2 + c] as number
      const row = LAYOUT.w2 + c * HIDDEN
      for (let j = 0; j < HIDDEN; j++) s += (w[row + j] as number) * (h[j] as number)
      z[c] = s
      if (s > (z[best] as number)) best = c
    }
    // log-sum-exp shifted by the largest logit, so exp never overflows
    const top = z[best] as number
    let sum = 0
    for (let c = 0; c < OUT; c++) sum += Math.exp((z[c] as number) - top)
    const label = set.labels[img] as number
    total += top + Math.log(sum) - (z[label] as number)
    if (best === label) correct++
    if (!grad) continue
    dh.fill(0)
    for (let c = 0; c < OUT; c++) {
      const dz = (Math.exp((z[c] as number) - top) / sum - (c === label ? 1 : 0)) / n
      grad[LAYOUT.b2 + c] = (grad[LAYOUT.b2 + c] as number) + dz
      const row = LAYOUT.w2 + c * HIDDEN
      for (let j = 0; j < HIDDEN; j++) {
        grad[row + j] = (grad[row + j] as number) + dz * (h[j] as number)
        dh[j] = (dh[j] as number) + (w[row + j] as number) * dz
      }
    }
    for (let j = 0; j < HIDDEN; j++) {
      if ((h[j] as number) <= 0) continue
      const d = dh[j] as number
      grad[LAYOUT.b1 + j] = (grad[LAYOUT.b1 + j] as number) + d
      const row = LAYOUT.w1 + j * IN
      for (let k = 0; k < IN; k++) {
        const x = set.pixels[x0 + k] as number
        if (x !== 0) grad[row + k] = (grad[row + k] as number) + d * x
      }
    }
  }
  return { loss: total / n, accuracy: correct / n }
}
