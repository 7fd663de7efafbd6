import { minimaFrom } from './minimaFrom'
import type { Surface } from './types'

/** Rosenbrock banana: f = (1 - x)^2 + 100*(y - x^2)^2 (reference id `rosenbrock`). */
export const rosenbrock: Surface = {
  id: 'rosenbrock',
  name: 'Rosenbrock banana',
  // Same operation order as the reference's `js` expression, so float64 rounding matches torch's.
  f: (x, y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
  grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  domain: { x: [-2, 2], y: [-1, 3] },
  minima: minimaFrom(1, [[1.0, 1.0, 0.0, 0.399360767488, 1001.60063923]]),
  defaultStart: [-1.2, 1],
  suggestedLr: 0.001,
  about:
    "Rosenbrock's function (a = 1, b = 100): a curved valley with a nearly flat floor that bends to the minimum at (1, 1).",
}
