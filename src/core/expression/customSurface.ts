import type { Range, Surface } from '../surfaces/types'
import type { Vec2 } from '../vec'
import { countNodes } from './ast'
import { Budget, metered } from './budget'
import { compileExpression } from './compile'
import { suggestLr } from './learningRate'
import type { Landscape } from './landscape'
import { findMinima } from './minima'
import { parseExpression, type ExpressionError } from './parse'
import { toLatex } from './latex'

/** A view of the plane: x and y ranges, min < max. */
export type View = { readonly x: Range; readonly y: Range }

/** The outcome of `customSurface`: a ready Surface, or the error to show at its position. */
export type CustomSurfaceResult =
  | {
      readonly ok: true
      readonly surface: Surface
      /** Share of an 80×50 grid of cell centres where f is NaN or infinite, in [0, 1]. */
      readonly undefinedFraction: number
    }
  | { readonly ok: false; readonly error: ExpressionError }

/**
 * The user's f(x, y) as a Surface over `view`, with minima found numerically, a start and an lr.
 * Never throws; bounded work (a few thousand evaluations of f).
 * @example customSurface('x^2 + 10*y^2', { x: [-3, 3], y: [-2, 2] })
 */
export function customSurface(src: string, view: View): CustomSurfaceResult {
  const [x0, x1] = view.x
  const [y0, y1] = view.y
  if (![x0, x1, y0, y1].every(Number.isFinite) || !(x0 < x1) || !(y0 < y1)) {
    return {
      ok: false,
      error: { message: 'the view needs xmin < xmax and ymin < ymax', position: 0 },
    }
  }
  const parsed = parseExpression(src)
  if (!parsed.ok) return parsed
  const { f, grad } = compileExpression(parsed.expr)
  const land: Landscape = { f, grad, domain: { x: view.x, y: view.y } }
  const nodes = countNodes(parsed.expr)
  const minimaBudget = searchBudget(nodes)
  const minima = findMinima(metered(land, minimaBudget, nodes), minimaBudget)
  const global = minima.find((m) => m.isGlobal)
  const defaultStart = pickStart(land, global === undefined ? null : [global.x, global.y])
  const found =
    minima.length === 0
      ? 'No minimum was found inside this view.'
      : `${minima.length} local minim${minima.length === 1 ? 'um was' : 'a were'} found numerically inside this view; there may be others outside it.`
  const surface: Surface = {
    id: 'custom',
    name: 'Custom',
    formula: src,
    latex: `f(x,y)=${toLatex(parsed.expr)}`,
    f,
    grad,
    domain: land.domain,
    minima,
    defaultStart,
    suggestedLr: 0, // replaced below, once a trial run can use this surface
    about: `Your own function, differentiated exactly (automatic differentiation, not finite differences). ${found}`,
  }
  const budget = searchBudget(nodes)
  const withLr = { ...surface, suggestedLr: suggestLr(metered(surface, budget, nodes), budget) }
  return { ok: true, surface: withLr, undefinedFraction: undefinedFraction(withLr, 80, 50) }
}

/**
 * Node evaluations allowed per search (minima, then lr): ~10–30 ms each even for a 500-node
 * expression, yet never binding for the small ones people type (x^2 + 10*y^2 has 7 nodes).
 */
const searchBudget = (nodes: number) => new Budget(Math.max(1.5e6, 4000 * nodes))

/**
 * The share of cell centres of an nx × ny grid over the surface's domain where f is not finite.
 * @example undefinedFraction(surface, 160, 100) // 0.5 for log(x) on x ∈ [-1, 1]
 */
export function undefinedFraction(
  surface: Pick<Surface, 'f' | 'domain'>,
  nx: number,
  ny: number,
): number {
  // Clamped so a bad argument cannot make this loop long or divide by zero.
  const [cols, rows] = [nx, ny].map((n) => Math.min(2000, Math.max(1, Math.floor(n) || 1))) as [
    number,
    number,
  ]
  const { x, y } = surface.domain
  let bad = 0
  for (let j = 0; j < rows; j++) {
    const py = y[0] + ((j + 0.5) * (y[1] - y[0])) / rows
    for (let i = 0; i < cols; i++) {
      if (!Number.isFinite(surface.f(x[0] + ((i + 0.5) * (x[1] - x[0])) / cols, py))) bad++
    }
  }
  return bad / (cols * rows)
}

// Corner-ish points first (a long way to travel makes a better race), then edges, then the centre.
const START_FRACTIONS: readonly Vec2[] = [
  [0.15, 0.85],
  [0.85, 0.85],
  [0.15, 0.15],
  [0.85, 0.15],
  [0.5, 0.85],
  [0.15, 0.5],
  [0.85, 0.5],
  [0.5, 0.15],
  [0.5, 0.5],
]

/** A start with a finite value and a non-zero gradient, as far from the best minimum as possible. */
function pickStart(s: Landscape, target: Vec2 | null): Vec2 {
  const { x, y } = s.domain
  const at = (u: number, v: number): Vec2 => [x[0] + u * (x[1] - x[0]), y[0] + v * (y[1] - y[0])]
  const isUsable = (p: Vec2) => {
    const g = s.grad(p[0], p[1])
    const isFlat = g[0] === 0 && g[1] === 0
    return Number.isFinite(s.f(p[0], p[1])) && Number.isFinite(g[0] + g[1]) && !isFlat
  }
  const usable = START_FRACTIONS.map(([u, v], index) => ({ index, p: at(u, v) })).filter(({ p }) =>
    isUsable(p),
  )
  const first = usable[0]
  if (first === undefined) {
    // Every preferred start is undefined or flat (e.g. sqrt(1−x²−y²) on a wide view): scan a
    // 9 × 9 grid for a point where f is defined and the gradient is not zero, from the edges in.
    const grid: Vec2[] = []
    for (let i = 0; i <= 8; i++) for (let j = 0; j <= 8; j++) grid.push(at(i / 8, j / 8))
    const centre = at(0.5, 0.5)
    grid.sort(
      (a, b) =>
        Math.hypot(b[0] - centre[0], b[1] - centre[1]) -
        Math.hypot(a[0] - centre[0], a[1] - centre[1]),
    )
    return grid.find(isUsable) ?? centre
  }
  if (target === null) return first.p
  const dist = (p: Vec2) => Math.hypot(p[0] - target[0], p[1] - target[1])
  // Only the four corners compete on distance; the other points are fallbacks, in order.
  const corners = usable.filter((c) => c.index < 4).map((c) => c.p)
  return corners.reduce((best, p) => (dist(p) > dist(best) + 1e-12 ? p : best), first.p)
}
