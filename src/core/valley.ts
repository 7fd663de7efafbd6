import { quadraticTheory } from './quadratic'
import type { Surface } from './surfaces'
import type { Vec2 } from './vec'

/** Unit directions along and across a surface's valley, used to split motion into the two. */
export interface ValleyAxes {
  readonly along: Vec2
  readonly across: Vec2
}

/**
 * For a quadratic, the Hessian's eigenvectors (small curvature = along); otherwise the eigenvectors
 * at the global minimum's curvature are unknown here, so fall back to the x and y axes.
 */
export function valleyAxes(surface: Surface): ValleyAxes {
  if (!surface.quadratic) return { along: [1, 0], across: [0, 1] }
  const t = quadraticTheory(surface.quadratic)
  return { along: t.along, across: t.across }
}
