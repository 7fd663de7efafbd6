import { minimaFrom } from './minimaFrom'
import type { Surface } from './types'

/** Himmelblau: f = (x^2 + y - 11)^2 + (x + y^2 - 7)^2 (reference id `himmelblau`). */
export const himmelblau: Surface = {
  id: 'himmelblau',
  name: 'Himmelblau',
  // Same operation order as the reference's `js` expression, so float64 rounding matches torch's.
  f: (x, y) => (x * x + y - 11) * (x * x + y - 11) + (x + y * y - 7) * (x + y * y - 7),
  grad: (x, y) => [
    4 * x * (x * x + y - 11) + 2 * (x + y * y - 7),
    2 * (x * x + y - 11) + 4 * y * (x + y * y - 7),
  ],
  domain: { x: [-6, 6], y: [-6, 6] },
  minima: minimaFrom(4, [
    [3.0, 2.0, 0.0, 25.7157287525, 82.2842712475],
    [-2.805118086952745, 3.131312518250573, 7.888609052210118e-31, 64.8403727707, 80.5500717789],
    [-3.779310253377747, -3.2831859912861696, 7.888609052210118e-31, 70.7143547442, 133.785615213],
    [3.5844283403304917, -1.8481265269644036, 0.0, 28.6906771568, 105.418908336],
  ]),
  defaultStart: [-0.5, -4.5],
  suggestedLr: 0.01,
  about:
    'Four minima, all at f = 0. Which one a run ends in depends on the start, the learning rate and the momentum.',
}
