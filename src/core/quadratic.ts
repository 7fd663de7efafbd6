import type { QuadraticForm } from './surfaces'
import type { Vec2 } from './vec'

/** What theory says about plain GD and heavy ball on a quadratic with Hessian eigenvalues μ ≤ L. */
export interface QuadraticTheory {
  /** Smallest and largest Hessian eigenvalues. */
  readonly mu: number
  readonly L: number
  /** Unit eigenvectors for μ (along the valley) and L (across it). */
  readonly along: Vec2
  readonly across: Vec2
  /** κ = L/μ. */
  readonly conditionNumber: number
  /** Plain GD is stable for lr < 2/L. */
  readonly gdStableBelowLr: number
  /** lr = 2/(L+μ), which gives the best rate (κ−1)/(κ+1). */
  readonly gdBestLr: number
  readonly gdBestRate: number
  /** Optimally tuned heavy ball: lr = 4/(√L+√μ)², β = ((√κ−1)/(√κ+1))², rate (√κ−1)/(√κ+1). */
  readonly momentumBestLr: number
  readonly momentumBestMomentum: number
  readonly momentumBestRate: number
}

/** Eigenvalues (ascending) and unit eigenvectors of a symmetric 2×2 matrix. */
export function symmetricEigen(h: readonly [Vec2, Vec2]): { values: Vec2; vectors: [Vec2, Vec2] } {
  const [a, b] = h[0]
  const c = h[1][1]
  const mean = (a + c) / 2
  const r = Math.hypot((a - c) / 2, b)
  const values: Vec2 = [mean - r, mean + r]
  // A diagonal matrix has the coordinate axes as eigenvectors: return them exactly, since a
  // cos(π/2) ≈ 6e-17 leak of x into the across-valley direction would miscount tiny flips.
  if (b === 0) {
    const xIsSmall = a <= c
    return {
      values,
      vectors: xIsSmall
        ? [
            [1, 0],
            [0, 1],
          ]
        : [
            [0, 1],
            [1, 0],
          ],
    }
  }
  // Angle of the largest eigenvector: tan 2θ = 2b/(a−c) (works for diagonal matrices too).
  const theta = 0.5 * Math.atan2(2 * b, a - c)
  const big: Vec2 = [Math.cos(theta), Math.sin(theta)]
  const small: Vec2 = [-Math.sin(theta), Math.cos(theta)]
  return { values, vectors: [small, big] }
}

/** Condition number, stability limits and optimal rates of a quadratic surface. */
export function quadraticTheory(q: QuadraticForm): QuadraticTheory {
  const { values, vectors } = symmetricEigen(q.hessian)
  const [mu, L] = values
  const kappa = L / mu
  const sk = Math.sqrt(kappa)
  const momentumBestRate = (sk - 1) / (sk + 1)
  return {
    mu,
    L,
    along: vectors[0],
    across: vectors[1],
    conditionNumber: kappa,
    gdStableBelowLr: 2 / L,
    gdBestLr: 2 / (L + mu),
    gdBestRate: (kappa - 1) / (kappa + 1),
    momentumBestLr: 4 / (Math.sqrt(L) + Math.sqrt(mu)) ** 2,
    momentumBestMomentum: momentumBestRate ** 2,
    momentumBestRate,
  }
}

/** Heavy ball is stable on the quadratic for lr·L < 2(1+β) (and 0 ≤ β < 1). */
export const isHeavyBallStable = (lr: number, momentum: number, L: number): boolean =>
  momentum >= 0 && momentum < 1 && lr > 0 && lr * L < 2 * (1 + momentum)

/**
 * Asymptotic contraction per step of heavy ball on a quadratic: the largest modulus of the
 * roots of z² − (1 + β − lr·λ) z + β over λ ∈ {μ, L}. With β = 0 it is plain GD's max|1 − lr·λ|.
 */
export function heavyBallRate(lr: number, momentum: number, mu: number, L: number): number {
  const rootModulus = (lambda: number) => {
    const t = 1 + momentum - lr * lambda
    const disc = t * t - 4 * momentum
    if (disc < 0) return Math.sqrt(momentum) // complex pair: |z|² = β
    const s = Math.sqrt(disc)
    return Math.max(Math.abs((t + s) / 2), Math.abs((t - s) / 2))
  }
  return Math.max(rootModulus(mu), rootModulus(L))
}
