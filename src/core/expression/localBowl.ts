import { nearestMinimum } from '../metrics'
import { quadraticTheory } from '../quadratic'
import type { Minimum, Surface } from '../surfaces/types'
import type { Vec2 } from '../vec'
import type { Landscape } from './landscape'
import { hessianEigenvalues } from './minima'

/** The quadratic a surface looks like near one of its minima, and what theory says about it. */
export interface LocalBowl {
  readonly minimum: Minimum
  /** Smallest and largest Hessian eigenvalues there, 0 < μ ≤ L. */
  readonly mu: number
  readonly L: number
  /** κ = L/μ. */
  readonly conditionNumber: number
  /** Plain GD is stable near this minimum for lr < 2/L. */
  readonly gdStableBelowLr: number
  /** Heavy ball's best β there, ((√κ−1)/(√κ+1))² (tuned together with lr = 4/(√L+√μ)²). */
  readonly bestMomentum: number
}

/**
 * The bowl around the minimum nearest `start`, or null when there is no minimum or its Hessian is
 * not positive definite (a flat or quartic bottom has no κ, so theory has nothing to suggest).
 * @example localBowl(surface, [-4, 3])?.bestMomentum // ≈ 0.2699 for x^2 + 10*y^2
 */
export function localBowl(s: Landscape & Pick<Surface, 'minima'>, start: Vec2): LocalBowl | null {
  const minimum = s.minima[nearestMinimum(start, s.minima).index]
  if (minimum === undefined) return null
  const [mu, L] = minimum.hessianEigenvalues
  if (!(mu > 0) || !Number.isFinite(L)) return null
  // A true curvature does not depend on the difference step; a quartic bottom's (x^4 reads as
  // 4h²) grows 16-fold when the step is 4 times longer, and a kink's (1/h) shrinks 4-fold.
  const [coarseMu, coarseL] = hessianEigenvalues(s, [minimum.x, minimum.y], 4e-5)
  const isSteady = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.abs(a)
  if (!isSteady(mu, coarseMu) || !isSteady(L, coarseL)) return null
  const theory = quadraticTheory({
    hessian: [
      [mu, 0],
      [0, L],
    ],
    center: [minimum.x, minimum.y],
  })
  return {
    minimum,
    mu,
    L,
    conditionNumber: theory.conditionNumber,
    gdStableBelowLr: theory.gdStableBelowLr,
    bestMomentum: theory.momentumBestMomentum,
  }
}

/**
 * Heavy ball's best β on this bowl at a given lr: the smallest β whose complex roots (modulus √β)
 * cover both curvatures, max(1 − √(lr·μ), √(lr·L) − 1, 0)²; null when lr·L ≥ 4, where no β < 1
 * converges. At lr = 4/(√L+√μ)² it is ((√κ−1)/(√κ+1))².
 */
export function bestMomentumAt(bowl: Pick<LocalBowl, 'mu' | 'L'>, lr: number): number | null {
  if (!(lr > 0) || !(lr * bowl.L < 4)) return null
  const root = Math.max(1 - Math.sqrt(lr * bowl.mu), Math.sqrt(lr * bowl.L) - 1, 0)
  return root * root
}
