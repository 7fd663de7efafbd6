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
  minima: [
    { x: 3.0, y: 2.0, f: 0.0, isGlobal: true, hessianEigenvalues: [25.7157287525, 82.2842712475] },
    {
      x: -2.805118086952745,
      y: 3.131312518250573,
      f: 7.888609052210118e-31,
      isGlobal: true,
      hessianEigenvalues: [64.8403727707, 80.5500717789],
    },
    {
      x: -3.779310253377747,
      y: -3.2831859912861696,
      f: 7.888609052210118e-31,
      isGlobal: true,
      hessianEigenvalues: [70.7143547442, 133.785615213],
    },
    {
      x: 3.5844283403304917,
      y: -1.8481265269644036,
      f: 0.0,
      isGlobal: true,
      hessianEigenvalues: [28.6906771568, 105.418908336],
    },
  ],
  defaultStart: [-0.5, -4.5],
  suggestedLr: 0.01,
  about:
    'Four minima, all at f = 0. Which one a run ends in depends on the start, the learning rate and the momentum.',
}
