import { minimaFrom } from './minimaFrom'
import type { Surface } from './types'

/** Tilted ravine: f = 4.82*(x - 1)^2 - 11.52*(x - 1)*(y + 0.5) + 8.18*(y + 0.5)^2 (reference id `rotated-ravine`). */
export const rotatedRavine: Surface = {
  id: 'rotated-ravine',
  name: 'Tilted ravine',
  // Same operation order as the reference's `js` expression, so float64 rounding matches torch's.
  f: (x, y) =>
    4.82 * (x - 1) * (x - 1) - 11.52 * (x - 1) * (y + 0.5) + 8.18 * (y + 0.5) * (y + 0.5),
  grad: (x, y) => [9.64 * (x - 1) - 11.52 * (y + 0.5), -11.52 * (x - 1) + 16.36 * (y + 0.5)],
  domain: { x: [-6, 7], y: [-6, 5] },
  minima: minimaFrom(1, [[1.0, -0.5, 0.0, 1.0, 25.0]]),
  defaultStart: [-3, -5],
  suggestedLr: 0.07,
  about:
    'The same kind of valley, tilted: f = ½(u² + 25v²) with u = 0.8(x−1) + 0.6(y+0.5) along the valley and v = −0.6(x−1) + 0.8(y+0.5) across it (about 36.9°). Both coordinates oscillate, so the zig-zag is not tied to an axis.',
  quadratic: {
    hessian: [
      [9.64, -11.52],
      [-11.52, 16.36],
    ],
    center: [1, -0.5],
  },
}
