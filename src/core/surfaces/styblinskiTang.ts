import { minimaFrom } from './minimaFrom'
import type { Surface } from './types'

/** Styblinski–Tang: f = 0.5*(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y) (reference id `styblinski-tang`). */
export const styblinskiTang: Surface = {
  id: 'styblinski-tang',
  name: 'Styblinski–Tang',
  // Same operation order as the reference's `js` expression, so float64 rounding matches torch's.
  f: (x, y) => 0.5 * (x * x * x * x - 16 * x * x + 5 * x + y * y * y * y - 16 * y * y + 5 * y),
  grad: (x, y) => [2 * x * x * x - 16 * x + 2.5, 2 * y * y * y - 16 * y + 2.5],
  domain: { x: [-5, 5], y: [-5, 5] },
  minima: minimaFrom(1, [
    [-2.9035340277711774, -2.9035340277711774, -78.33233140754284, 34.5830591026, 34.5830591026],
    [-2.9035340277711774, 2.746802770990837, -64.19561235905536, 29.2695527763, 34.5830591026],
    [2.746802770990837, -2.9035340277711774, -64.19561235905536, 29.2695527763, 34.5830591026],
    [2.746802770990837, 2.746802770990837, -50.05889331056789, 29.2695527763, 29.2695527763],
  ]),
  defaultStart: [4.5, -1],
  suggestedLr: 0.01,
  about:
    'The 2D Styblinski–Tang function: four minima of different depths at the corners of a square; only (−2.90, −2.90) is global.',
}
