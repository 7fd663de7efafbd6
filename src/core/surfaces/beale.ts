import { minimaFrom } from './minimaFrom'
import type { Surface } from './types'

/** Beale: f = (1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2 (reference id `beale`). */
export const beale: Surface = {
  id: 'beale',
  name: 'Beale',
  // Same operation order as the reference's `js` expression, so float64 rounding matches torch's.
  f: (x, y) =>
    (1.5 - x + x * y) * (1.5 - x + x * y) +
    (2.25 - x + x * y * y) * (2.25 - x + x * y * y) +
    (2.625 - x + x * y * y * y) * (2.625 - x + x * y * y * y),
  grad: (x, y) => [
    2 * (1.5 - x + x * y) * (y - 1) +
      2 * (2.25 - x + x * y * y) * (y * y - 1) +
      2 * (2.625 - x + x * y * y * y) * (y * y * y - 1),
    2 * x * (1.5 - x + x * y) +
      4 * x * y * (2.25 - x + x * y * y) +
      6 * x * y * y * (2.625 - x + x * y * y * y),
  ],
  domain: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
  minima: minimaFrom(1, [[3.0, 0.5, 0.0, 0.301463646522, 48.9797863535]]),
  defaultStart: [0.5, -1],
  suggestedLr: 0.01,
  about:
    "Beale's function: flat plateaus and steep walls. The minimum (3, 0.5) lies in a narrow curved valley (curvatures about 0.3 and 49).",
}
