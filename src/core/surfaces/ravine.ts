import { minimaFrom } from './minimaFrom'
import type { Surface } from './types'

/** Ravine: f = 0.5*(x^2 + 100*y^2) (reference id `ravine`). */
export const ravine: Surface = {
  id: 'ravine',
  name: 'Ravine',
  // Same operation order as the reference's `js` expression, so float64 rounding matches torch's.
  f: (x, y) => 0.5 * (x * x + 100 * y * y),
  grad: (x, y) => [x, 100 * y],
  domain: { x: [-10, 10], y: [-2.5, 2.5] },
  minima: minimaFrom(1, [[0.0, 0.0, 0.0, 1.0, 100.0]]),
  defaultStart: [-8, 1],
  // 0.975 × GD's limit 2/L: GD's zig-zag fades only slowly (see README, Defaults).
  suggestedLr: 0.0195,
  about:
    'A long, narrow valley: the curvature across it (y) is 100 times the curvature along it (x).',
  quadratic: {
    hessian: [
      [1, 0],
      [0, 100],
    ],
    center: [0, 0],
  },
}
