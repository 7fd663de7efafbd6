import { maxOf } from '../extent'
import type { Range, Surface } from '../surfaces/types'
import { runTrajectory } from '../trajectory'
import type { Vec2 } from '../vec'
import { Budget } from './budget'
import { localBowl } from './localBowl'
import { hessianEigenvalues } from './minima'

const LR_RANGE: Range = [1e-5, 10] // the page's learning-rate limits (state/params LIMITS.lr)
/** Share of GD's stability limit 2/L the suggestion aims for: close enough that GD zig-zags. */
export const LIMIT_SHARE = 0.975

/** The largest |eigenvalue| of the Hessian at p: the local curvature scale L. */
function curvature(s: Surface, p: Vec2): number {
  const [lo, hi] = hessianEigenvalues(s, p)
  return Math.max(Math.abs(lo), Math.abs(hi))
}

/** The largest of 1, 2, 5 × 10^k that is ≤ v (within rounding), so the page shows 0.05, not 0.0531. */
export function niceFloor(v: number): number {
  const k = Math.floor(Math.log10(v))
  const m = v / 10 ** k
  const tol = 1 + 1e-9 // 1/20 / 10^-2 is 4.999…, which still means 5
  const digit = m * tol >= 10 ? 10 : m * tol >= 5 ? 5 : m * tol >= 2 ? 2 : 1
  return Number(`${digit}e${k}`) // exact decimal: 5e-5, not 0.000049999…
}

/** v rounded down to two significant digits (0.0975 → 0.097), so it stays below a limit. */
export function floorTwoDigits(v: number): number {
  const k = Math.floor(Math.log10(v)) - 1
  const m = Math.floor((v / 10 ** k) * (1 + 1e-9)) // 1e-9: 0.975 / 10^-3 is 974.99…, still 975
  return Number(`${m}e${k}`)
}

/**
 * A learning rate for this surface where the race says something: 0.975 × 2/L for the curvature
 * L at the minimum nearest the start (GD zig-zags across its steep axis yet converges), rounded
 * down to two digits. Without a positive definite minimum: 1/L for the curvature at the start
 * and typical over the view, rounded down to 1, 2 or 5 × 10^k. Either way halved while short
 * trial runs from the start (plain GD, momentum 0.9) blow up and `budget` lasts; within [1e-5, 10].
 */
export function suggestLr(s: Surface, budget: Budget = new Budget(Infinity)): number {
  const bowl = localBowl(s, s.defaultStart)
  let lr = bowl === null ? roughLr(s) : LIMIT_SHARE * bowl.gdStableBelowLr
  lr = Math.min(LR_RANGE[1], lr)
  // Stops trying when the budget (of a metered surface) is spent: better a guess than a freeze.
  for (let k = 0; k < 30 && lr > LR_RANGE[0] && !budget.isSpent && !isStable(s, lr); k++) lr /= 2
  return Math.max(LR_RANGE[0], bowl === null ? niceFloor(lr) : floorTwoDigits(lr))
}

/** 1/L for the curvature at the start and typical over the view (a minimum's is left out, as a
 * kink there makes it huge); for a plane, steps of about 2% of the view. */
function roughLr(s: Surface): number {
  const { x, y } = s.domain
  const sampled: number[] = []
  for (let j = 0; j < 9; j++) {
    for (let i = 0; i < 9; i++) {
      const p: Vec2 = [
        x[0] + ((i + 0.5) * (x[1] - x[0])) / 9,
        y[0] + ((j + 0.5) * (y[1] - y[0])) / 9,
      ]
      const c = curvature(s, p)
      if (Number.isFinite(c)) sampled.push(c)
    }
  }
  sampled.sort((a, b) => a - b)
  const typical = sampled[Math.floor(sampled.length / 2)] ?? NaN
  const L = maxOf([curvature(s, s.defaultStart), typical].filter(Number.isFinite), 0)
  const [gx, gy] = s.grad(...s.defaultStart)
  const slope = Math.hypot(gx, gy)
  const span = Math.hypot(x[1] - x[0], y[1] - y[0])
  return L > 0 ? 1 / L : slope > 0 && Number.isFinite(slope) ? (0.02 * span) / slope : 0.01
}

/** Plain GD ends lower than it started and momentum 0.9 does not blow up, from the default start. */
function isStable(s: Surface, lr: number): boolean {
  const start = s.defaultStart
  const gd = runTrajectory(s, { start, lr, momentum: 0, steps: 100 })
  if (gd.divergedAt !== null || gd.losses[gd.losses.length - 1]! > gd.losses[0]!) return false
  return runTrajectory(s, { start, lr, momentum: 0.9, steps: 200 }).divergedAt === null
}
