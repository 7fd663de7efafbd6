import type { Vec2 } from './vec'

/** Options of one torch.optim.SGD step (weight decay 0). */
export interface SgdOptions {
  readonly lr: number
  readonly momentum: number
  readonly dampening: number
  readonly nesterov: boolean
}

/** Position after a step and the momentum buffer to carry into the next one. */
export interface StepState {
  readonly w: Vec2
  /** The velocity (momentum buffer); null until the first momentum step, and always for plain GD. */
  readonly buf: Vec2 | null
}

/**
 * One torch.optim.SGD step. Pure: returns the next point and momentum buffer.
 * Rules: https://pytorch.org/docs/stable/generated/torch.optim.SGD.html
 * Written per coordinate in axpy's order (a·x + y), so float64 rounds exactly as with vectors;
 * without the intermediate vectors, as a slider step recomputes a whole run (about a sixth less
 * allocated per run, CDP heap sampling).
 * @example sgdStep([1, 1], null, [2, 0], { lr: 0.1, momentum: 0.9, dampening: 0, nesterov: false })
 */
export function sgdStep(w: Vec2, buf: Vec2 | null, g: Vec2, o: SgdOptions): StepState {
  const a = -o.lr
  // plain GD: dampening plays no part
  if (o.momentum === 0) return { w: [a * g[0] + w[0], a * g[1] + w[1]], buf: null }
  const m = o.momentum
  const d = 1 - o.dampening
  // torch seeds the buffer with the raw gradient, undamped: full speed at step 1 (unlike emaStep)
  const b: Vec2 = buf === null ? g : [d * g[0] + m * buf[0], d * g[1] + m * buf[1]]
  // Nesterov steps along g + m·b instead of b.
  const u0 = o.nesterov ? m * b[0] + g[0] : b[0]
  const u1 = o.nesterov ? m * b[1] + g[1] : b[1]
  return { w: [a * u0 + w[0], a * u1 + w[1]], buf: b }
}

/**
 * One step of the exponential-moving-average form many courses teach: v = βv + (1−β)g, w −= lr·v.
 * With learning rate α it walks exactly the heavy-ball path with learning rate α·(1−β).
 * Written per coordinate, as sgdStep is.
 */
export function emaStep(w: Vec2, buf: Vec2 | null, g: Vec2, lr: number, beta: number): StepState {
  const c = 1 - beta
  const b0 = buf === null ? 0 : buf[0]
  const b1 = buf === null ? 0 : buf[1]
  const v: Vec2 = [c * g[0] + beta * b0, c * g[1] + beta * b1]
  return { w: [-lr * v[0] + w[0], -lr * v[1] + w[1]], buf: v }
}

/** What selects and parameterises a step: the reference's option names (see RunOptions). */
export interface StepOptions {
  readonly lr: number
  readonly momentum: number
  readonly dampening?: number
  readonly nesterov?: boolean
  readonly rule?: 'heavy-ball' | 'ema'
}

/** The one step function a run uses, with torch's defaults filled in (dampening 0, no Nesterov). */
export function stepFor(o: StepOptions): (w: Vec2, buf: Vec2 | null, g: Vec2) => StepState {
  if (o.rule === 'ema') return (w, buf, g) => emaStep(w, buf, g, o.lr, o.momentum)
  const sgd = sgdOptionsOf(o)
  return (w, buf, g) => sgdStep(w, buf, g, sgd)
}

/** torch.optim.SGD's options for a run: dampening 0 and no Nesterov unless it says otherwise. */
export const sgdOptionsOf = (o: StepOptions): SgdOptions => ({
  lr: o.lr,
  momentum: o.momentum,
  dampening: o.dampening ?? 0,
  nesterov: o.nesterov ?? false,
})
