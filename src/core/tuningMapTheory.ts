import { heavyBallRate, quadraticTheory } from './quadratic'
import type { Surface } from './surfaces'
import type { TuningMap } from './tuningMap'
import type { TuningRule } from './tuningMapAxes'

/** What theory draws on a quadratic surface's tuning map, in the map's own learning-rate units. */
export interface TuningMapTheory {
  readonly mu: number
  readonly L: number
  readonly conditionNumber: number
  /** Plain GD is stable for lr < 2/L (the β = 0 end of the edge). */
  readonly gdStableBelowLr: number
  /** Plain GD's best lr 2/(L+μ) and its rate (κ−1)/(κ+1). */
  readonly gdBest: { readonly lr: number; readonly rate: number }
  /** Per map row: the largest stable learning rate of the map's rule at that row's momentum. */
  readonly edgeLrs: Float64Array
  /** The optimal pair and its rate; null for Nesterov, whose optimum has no closed form here. */
  readonly optimum: { readonly lr: number; readonly momentum: number; readonly rate: number } | null
}

/**
 * The largest stable learning rate on a quadratic with top curvature L (exclusive):
 * heavy ball lr·L < 2(1+β); Nesterov (torch form) lr·L < 2(1+β)/(1+2β); the moving average
 * walks heavy ball's path with lr·(1−β), so lr·(1−β)·L < 2(1+β).
 */
export function stabilityEdgeLr(rule: TuningRule, momentum: number, L: number): number {
  const heavyBall = (2 * (1 + momentum)) / L
  if (rule === 'nesterov') return heavyBall / (1 + 2 * momentum)
  if (rule === 'ema') return heavyBall / (1 - momentum)
  return heavyBall
}

// Largest |z| over the roots of z² − t·z + d (a 2×2 iteration matrix with trace t, determinant d).
function rootModulus(t: number, d: number): number {
  const disc = t * t - 4 * d
  if (disc < 0) return Math.sqrt(d) // complex pair: |z|² = d
  const s = Math.sqrt(disc)
  return Math.max(Math.abs((t + s) / 2), Math.abs((t - s) / 2))
}

/**
 * Predicted contraction per step of the rule on a quadratic with curvatures μ ≤ L (≥ 1 diverges).
 * Nesterov on curvature λ, a = lr·λ: trace (1+β)(1−a), determinant β(1−a).
 */
export function predictedRate(
  rule: TuningRule,
  lr: number,
  momentum: number,
  mu: number,
  L: number,
): number {
  if (rule === 'ema') return heavyBallRate(lr * (1 - momentum), momentum, mu, L)
  if (rule === 'heavy-ball') return heavyBallRate(lr, momentum, mu, L)
  const nesterov = (lambda: number) =>
    rootModulus((1 + momentum) * (1 - lr * lambda), momentum * (1 - lr * lambda))
  return Math.max(nesterov(mu), nesterov(L))
}

/** The theory overlay for `map`, or null when the surface is not quadratic. */
export function tuningMapTheory(surface: Surface, map: TuningMap): TuningMapTheory | null {
  if (!surface.quadratic) return null
  const t = quadraticTheory(surface.quadratic)
  const edgeLrs = map.momenta.map((momentum) => stabilityEdgeLr(map.rule, momentum, t.L))
  const heavyBall = {
    lr: t.momentumBestLr,
    momentum: t.momentumBestMomentum,
    rate: t.momentumBestRate,
  }
  const optimum =
    map.rule === 'heavy-ball'
      ? heavyBall
      : map.rule === 'ema'
        ? { ...heavyBall, lr: heavyBall.lr / (1 - heavyBall.momentum) }
        : null
  return {
    mu: t.mu,
    L: t.L,
    conditionNumber: t.conditionNumber,
    gdStableBelowLr: t.gdStableBelowLr,
    gdBest: { lr: t.gdBestLr, rate: t.gdBestRate },
    edgeLrs,
    optimum,
  }
}
