import { minimaFrom } from './minimaFrom'
import type { Surface } from './types'

/** Six-hump camel: f = (4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2 (reference id `six-hump-camel`). */
export const sixHumpCamel: Surface = {
  id: 'six-hump-camel',
  name: 'Six-hump camel',
  // Same operation order as the reference's `js` expression, so float64 rounding matches torch's.
  f: (x, y) => (4 - 2.1 * x * x + (x * x * x * x) / 3) * x * x + x * y + (-4 + 4 * y * y) * y * y,
  grad: (x, y) => [8 * x - 8.4 * x * x * x + 2 * x * x * x * x * x + y, x - 8 * y + 16 * y * y * y],
  domain: { x: [-2.2, 2.2], y: [-1.2, 1.2] },
  minima: minimaFrom(2, [
    [0.08984201310031806, -0.7126564030207396, -1.0316284534898774, 7.68225141337, 16.4931952322],
    [-0.08984201310031806, 0.7126564030207396, -1.0316284534898774, 7.68225141337, 16.4931952322],
    [1.7036067149699807, -0.7960835686726251, -0.2154638243837177, 18.8171386352, 22.6975150069],
    [-1.7036067149699807, 0.7960835686726251, -0.2154638243837177, 18.8171386352, 22.6975150069],
    [1.6071047529201972, 0.5686514548841314, 2.104250310311258, 7.12151212021, 10.0216025162],
    [-1.6071047529201972, -0.5686514548841314, 2.104250310311258, 7.12151212021, 10.0216025162],
  ]),
  defaultStart: [-2, 0.5],
  suggestedLr: 0.02,
  about: 'Two global minima (f ≈ −1.0316) and four local ones.',
}
