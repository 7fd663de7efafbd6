import { sgdOptionsOf, type SgdOptions, type StepOptions } from '../optimizers'

/** Weights after a step and the momentum buffer to carry on: StepState for any length. */
export interface VecStepState {
  readonly w: Float64Array
  /** The velocity; null until the first momentum step, and always for plain GD. */
  readonly buf: Float64Array | null
}

/**
 * sgdStep on a whole weight vector: the same torch.optim.SGD rule, per coordinate in the same
 * order of operations, so on 2-vectors it rounds exactly as sgdStep. Pure: returns new arrays.
 */
export function sgdStepVec(
  w: Float64Array,
  buf: Float64Array | null,
  g: Float64Array,
  o: SgdOptions,
): VecStepState {
  const a = -o.lr
  const n = w.length
  const next = new Float64Array(n)
  if (o.momentum === 0) {
    for (let i = 0; i < n; i++) next[i] = a * (g[i] as number) + (w[i] as number)
    return { w: next, buf: null }
  }
  const m = o.momentum
  const d = 1 - o.dampening
  // torch seeds the buffer with the raw gradient, undamped (as sgdStep does)
  const b = buf === null ? Float64Array.from(g) : new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const gi = g[i] as number
    if (buf !== null) b[i] = d * gi + m * (buf[i] as number)
    const u = o.nesterov ? m * (b[i] as number) + gi : (b[i] as number)
    next[i] = a * u + (w[i] as number)
  }
  return { w: next, buf: b }
}

/** emaStep on a whole weight vector: v = βv + (1−β)g, w −= lr·v, rounded as emaStep. */
export function emaStepVec(
  w: Float64Array,
  buf: Float64Array | null,
  g: Float64Array,
  lr: number,
  beta: number,
): VecStepState {
  const c = 1 - beta
  const n = w.length
  const next = new Float64Array(n)
  const v = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const bi = buf === null ? 0 : (buf[i] as number)
    v[i] = c * (g[i] as number) + beta * bi
    next[i] = -lr * (v[i] as number) + (w[i] as number)
  }
  return { w: next, buf: v }
}

/** The one vector step a run uses, with torch's defaults (dampening 0, no Nesterov): stepFor's twin. */
export function vecStepFor(
  o: StepOptions,
): (w: Float64Array, buf: Float64Array | null, g: Float64Array) => VecStepState {
  if (o.rule === 'ema') return (w, buf, g) => emaStepVec(w, buf, g, o.lr, o.momentum)
  const sgd = sgdOptionsOf(o)
  return (w, buf, g) => sgdStepVec(w, buf, g, sgd)
}
