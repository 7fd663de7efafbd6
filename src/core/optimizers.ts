import { axpy, scale, type Vec2 } from './vec'

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
 * @example sgdStep([1, 1], null, [2, 0], { lr: 0.1, momentum: 0.9, dampening: 0, nesterov: false })
 */
export function sgdStep(w: Vec2, buf: Vec2 | null, g: Vec2, o: SgdOptions): StepState {
  if (o.momentum === 0) return { w: axpy(-o.lr, g, w), buf: null } // plain GD: dampening plays no part
  // torch seeds the buffer with the raw gradient, undamped: full speed at step 1 (unlike emaStep)
  const b = buf === null ? g : axpy(1 - o.dampening, g, scale(o.momentum, buf))
  const update = o.nesterov ? axpy(o.momentum, b, g) : b
  return { w: axpy(-o.lr, update, w), buf: b }
}

/**
 * One step of the exponential-moving-average form many courses teach: v = βv + (1−β)g, w −= lr·v.
 * With learning rate α it walks exactly the heavy-ball path with learning rate α·(1−β).
 */
export function emaStep(w: Vec2, buf: Vec2 | null, g: Vec2, lr: number, beta: number): StepState {
  const v = axpy(1 - beta, g, scale(beta, buf ?? [0, 0]))
  return { w: axpy(-lr, v, w), buf: v }
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
  const sgd: SgdOptions = {
    lr: o.lr,
    momentum: o.momentum,
    dampening: o.dampening ?? 0,
    nesterov: o.nesterov ?? false,
  }
  return (w, buf, g) => sgdStep(w, buf, g, sgd)
}
