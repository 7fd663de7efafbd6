import { minimaFrom } from './minimaFrom'
import type { Surface } from './types'

/** Saddle between two wells: f = 0.25*(x^2 - 1)^2 + 0.5*y^2 (reference id `saddle`). */
export const saddle: Surface = {
  id: 'saddle',
  name: 'Saddle between two wells',
  // Same operation order as the reference's `js` expression, so float64 rounding matches torch's.
  f: (x, y) => 0.25 * (x * x - 1) * (x * x - 1) + 0.5 * y * y,
  grad: (x, y) => [x * (x * x - 1), y],
  domain: { x: [-2, 2], y: [-2, 2] },
  minima: minimaFrom(2, [
    [1.0, 0.0, 0.0, 1.0, 2.0],
    [-1.0, 0.0, 0.0, 1.0, 2.0],
  ]),
  defaultStart: [0.02, 1.8],
  suggestedLr: 0.1,
  about:
    'A saddle point at the origin between two wells at (±1, 0). The gradient nearly vanishes close to the saddle.',
}
