import { quadraticTheory, symmetricEigen } from './quadratic'
import type { Minimum, Surface } from './surfaces'
import type { Vec2 } from './vec'

/** Unit directions along and across a surface's valley, used to split motion into the two. */
export interface ValleyAxes {
  readonly along: Vec2
  readonly across: Vec2
  /** Largest over smallest curvature at the valley's floor (NaN where it is not a bowl). */
  readonly conditionNumber: number
  /** True when the floor has a clear steep axis, so "across the valley" means something. */
  readonly isClear: boolean
}

/** Below this ratio of curvatures a minimum is a round bowl: no direction is "across". */
export const CLEAR_VALLEY_RATIO = 4

/** x and y themselves: the axes to split motion into where no valley has a clear steep axis. */
export const AXES_XY: ValleyAxes = {
  along: [1, 0],
  across: [0, 1],
  conditionNumber: NaN,
  isClear: false,
}

/** The Hessian at a point by central differences of the exact gradient. */
export function numericHessian(surface: Surface, x: number, y: number): [Vec2, Vec2] {
  const hx = 1e-5 * Math.max(1, Math.abs(x))
  const hy = 1e-5 * Math.max(1, Math.abs(y))
  const [gx1, gy1] = surface.grad(x + hx, y)
  const [gx0, gy0] = surface.grad(x - hx, y)
  const [gx3, gy3] = surface.grad(x, y + hy)
  const [gx2, gy2] = surface.grad(x, y - hy)
  const fxx = (gx1 - gx0) / (2 * hx)
  const fyy = (gy3 - gy2) / (2 * hy)
  const fxy = ((gy1 - gy0) / (2 * hx) + (gx3 - gx2) / (2 * hy)) / 2
  return [
    [fxx, fxy],
    [fxy, fyy],
  ]
}

/** The minimum whose valley the axes describe: the first global one (the one runs race to). */
export const valleyMinimum = (surface: Surface): Minimum | undefined =>
  surface.minima.find((m) => m.isGlobal) ?? surface.minima[0]

function axesOf(values: Vec2, along: Vec2, across: Vec2): ValleyAxes {
  const [mu, L] = values
  if (!(mu > 0) || !Number.isFinite(L)) return AXES_XY
  const conditionNumber = L / mu
  return { along, across, conditionNumber, isClear: conditionNumber >= CLEAR_VALLEY_RATIO }
}

/**
 * For a quadratic, the Hessian's eigenvectors (small curvature = along); otherwise those of the
 * Hessian at the global minimum. Where that is no clear valley, x and y with isClear false.
 */
export function valleyAxes(surface: Surface): ValleyAxes {
  if (surface.quadratic) {
    const t = quadraticTheory(surface.quadratic)
    return axesOf([t.mu, t.L], t.along, t.across)
  }
  const m = valleyMinimum(surface)
  if (!m) return AXES_XY
  const { values, vectors } = symmetricEigen(numericHessian(surface, m.x, m.y))
  return axesOf(values, vectors[0], vectors[1])
}
