import type { Minimum } from '../surfaces/types'
import type { Vec2 } from '../vec'
import { minOf } from '../extent'
import { Budget } from './budget'
import type { Landscape } from './landscape'

const GRID = 41 // grid points per axis for the seed scan
const MAX_SEEDS = 12
const MAX_ITERATIONS = 100

/**
 * The Hessian's eigenvalues at p, ascending, by central differences of the exact gradient with a
 * step of `relativeStep` times the view.
 */
export function hessianEigenvalues(s: Landscape, p: Vec2, relativeStep = 1e-5): Vec2 {
  const [[a, b], [, d]] = hessian(s, p, relativeStep)
  const m = (a + d) / 2
  const r = Math.hypot((a - d) / 2, b)
  return [m - r, m + r]
}

function hessian(s: Landscape, [x, y]: Vec2, relativeStep = 1e-5): [Vec2, Vec2] {
  const hx = relativeStep * (s.domain.x[1] - s.domain.x[0])
  const hy = relativeStep * (s.domain.y[1] - s.domain.y[0])
  const [gxp, gxm] = [s.grad(x + hx, y), s.grad(x - hx, y)]
  const [gyp, gym] = [s.grad(x, y + hy), s.grad(x, y - hy)]
  const a = (gxp[0] - gxm[0]) / (2 * hx)
  const d = (gyp[1] - gym[1]) / (2 * hy)
  // Symmetrise: the two mixed differences agree up to rounding.
  const b = ((gxp[1] - gxm[1]) / (2 * hx) + (gyp[0] - gym[0]) / (2 * hy)) / 2
  return [
    [a, b],
    [b, d],
  ]
}

/**
 * Local minima of f inside the view: a grid scan for seeds (ties kept), damped Newton steps with
 * a backtracking line search from each, then duplicates dropped by distance (or a level floor
 * between them). Bounded work (≈ 41² + 12·100·10 evaluations), less if `budget` (a metered
 * landscape's) runs out first; may return [].
 */
export function findMinima(s: Landscape, budget: Budget = new Budget(Infinity)): Minimum[] {
  const found: { p: Vec2; f: number }[] = []
  for (const seed of gridSeeds(s)) {
    if (budget.isSpent) break
    const p = refine(s, seed, budget)
    if (p === null || !isInside(s, p)) continue
    const [low, high] = hessianEigenvalues(s, p)
    if (low < -1e-6 * Math.max(1, Math.abs(high))) continue // a saddle
    const candidate = { p, f: s.f(p[0], p[1]) }
    if (!found.some((m) => isSameMinimum(s, m, candidate))) found.push(candidate)
  }
  const best = minOf(found.map((m) => m.f))
  return found
    .sort((a, b) => a.f - b.f)
    .map(({ p, f }) => ({
      x: p[0],
      y: p[1],
      f,
      isGlobal: f <= best + 1e-9 * (1 + Math.abs(best)),
      hessianEigenvalues: hessianEigenvalues(s, p),
    }))
}

const isInside = (s: Landscape, [x, y]: Vec2) =>
  x >= s.domain.x[0] && x <= s.domain.x[1] && y >= s.domain.y[0] && y <= s.domain.y[1]

type Point = { readonly p: Vec2; readonly f: number }

/** Two refined points are one minimum when they are closer than 1e-4 of the view, or lie on one
 * level floor (a flat valley, as max(0, x^2 - 1) has, is one minimum however wide). */
function isSameMinimum(s: Landscape, a: Point, b: Point): boolean {
  const span = Math.hypot(s.domain.x[1] - s.domain.x[0], s.domain.y[1] - s.domain.y[0])
  if (Math.hypot(a.p[0] - b.p[0], a.p[1] - b.p[1]) < 1e-4 * span) return true
  const tol = 1e-12 * (1 + Math.abs(a.f))
  if (Math.abs(a.f - b.f) > tol) return false
  for (let k = 1; k < 16; k++) {
    const t = k / 16
    const v = s.f(a.p[0] + t * (b.p[0] - a.p[0]), a.p[1] + t * (b.p[1] - a.p[1]))
    if (!(Math.abs(v - a.f) <= tol)) return false
  }
  return true
}

/**
 * Grid points with no lower finite neighbour, lowest first. Ties are kept: on a symmetric f two
 * neighbours of equal value can both sit in one basin (the three-hump camel's side minima), and
 * neither is "lower than every neighbour". A point whose neighbours all equal it is on a plateau,
 * not a seed.
 */
function gridSeeds(s: Landscape): Vec2[] {
  const at = (i: number, j: number): Vec2 => [
    s.domain.x[0] + ((s.domain.x[1] - s.domain.x[0]) * i) / (GRID - 1),
    s.domain.y[0] + ((s.domain.y[1] - s.domain.y[0]) * j) / (GRID - 1),
  ]
  const values: number[] = []
  for (let j = 0; j < GRID; j++) for (let i = 0; i < GRID; i++) values.push(s.f(...at(i, j)))
  const seeds: { i: number; j: number; f: number }[] = []
  for (let j = 0; j < GRID; j++) {
    for (let i = 0; i < GRID; i++) {
      const v = values[j * GRID + i]!
      if (!Number.isFinite(v)) continue
      let [isLowest, isFlat] = [true, true]
      for (let dj = -1; dj <= 1 && isLowest; dj++) {
        for (let di = -1; di <= 1; di++) {
          const [ni, nj] = [i + di, j + dj]
          if ((di === 0 && dj === 0) || ni < 0 || nj < 0 || ni >= GRID || nj >= GRID) continue
          const n = values[nj * GRID + ni]!
          if (n < v) isLowest = false // NaN neighbours never win
          if (n > v) isFlat = false
        }
      }
      if (isLowest && !isFlat) seeds.push({ i, j, f: v })
    }
  }
  seeds.sort((a, b) => a.f - b.f)
  // One seed per group of tied neighbours: they share a basin, and a plane's whole edge ties.
  const isTiedNeighbour = (a: (typeof seeds)[number], b: (typeof seeds)[number]) =>
    a.f === b.f && Math.abs(a.i - b.i) <= 1 && Math.abs(a.j - b.j) <= 1
  const kept: typeof seeds = []
  const skipped: typeof seeds = []
  for (const seed of seeds) {
    const isSibling = [...kept, ...skipped].some((o) => isTiedNeighbour(seed, o))
    if (isSibling) skipped.push(seed)
    else kept.push(seed)
  }
  return kept.slice(0, MAX_SEEDS).map((seed) => at(seed.i, seed.j))
}

/** Newton's method with a line search from p; the point it settles on, or null if it fails. */
function refine(s: Landscape, start: Vec2, budget: Budget): Vec2 | null {
  const span = Math.hypot(s.domain.x[1] - s.domain.x[0], s.domain.y[1] - s.domain.y[0])
  let p = start
  let fp = s.f(p[0], p[1])
  for (let k = 0; k < MAX_ITERATIONS; k++) {
    if (budget.isSpent) return null // unfinished: p is not known to be a minimum
    const g = s.grad(p[0], p[1])
    if (!Number.isFinite(g[0]) || !Number.isFinite(g[1])) return null
    if (g[0] === 0 && g[1] === 0) break
    const d = direction(s, p, g)
    const slope = d[0] * g[0] + d[1] * g[1]
    let accepted = false
    // Backtracking with the Armijo condition: https://en.wikipedia.org/wiki/Backtracking_line_search
    for (let t = 1, tries = 0; tries < 60 && !accepted; tries++, t /= 2) {
      const q: Vec2 = [p[0] + t * d[0], p[1] + t * d[1]]
      const fq = s.f(q[0], q[1])
      if (Number.isFinite(fq) && fq <= fp + 1e-4 * t * slope) {
        accepted = true
        const step = t * Math.hypot(d[0], d[1])
        p = q
        fp = fq
        if (step < 1e-13 * span) k = MAX_ITERATIONS // converged
      }
    }
    if (!accepted) break // no descent left at this resolution: a minimum, possibly on a kink
  }
  return isLocalMinimum(s, p, fp, 1e-6 * span) ? p : null
}

/** The Newton direction −H⁻¹g when H is positive definite, else steepest descent capped at span/10. */
function direction(s: Landscape, p: Vec2, g: Vec2): Vec2 {
  const [[a, b], [, d]] = hessian(s, p)
  const det = a * d - b * b
  if (a > 0 && det > 0) {
    const n: Vec2 = [-(d * g[0] - b * g[1]) / det, -(a * g[1] - b * g[0]) / det]
    if (Number.isFinite(n[0]) && Number.isFinite(n[1])) return n
  }
  const span = Math.hypot(s.domain.x[1] - s.domain.x[0], s.domain.y[1] - s.domain.y[0])
  const len = Math.hypot(g[0], g[1])
  const scale = Math.min(1, (0.1 * span) / len)
  return [-scale * g[0], -scale * g[1]]
}

/** No point on a small circle around p is lower: rejects saddles and slopes the search stopped on. */
function isLocalMinimum(s: Landscape, p: Vec2, fp: number, r: number): boolean {
  if (!Number.isFinite(fp)) return false
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4
    const v = s.f(p[0] + r * Math.cos(a), p[1] + r * Math.sin(a))
    if (v < fp - 1e-12 * (1 + Math.abs(fp))) return false
  }
  return true
}
