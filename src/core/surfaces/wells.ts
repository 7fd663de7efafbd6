import { minimaFrom } from './minimaFrom'
import type { Surface } from './types'

/** Wells on a bowl: f = 0.05*(x^2 + y^2) - 3*exp(-((x - 2)^2 + (y - 2)^2)/2) - exp(-((x + 2)^2 + (y + 1.5)^2)/0.8) - 1.5*exp(-((x + 2.5)^2 + (y - 2.5)^2)/1.2) (reference id `wells`). */
export const wells: Surface = {
  id: 'wells',
  name: 'Wells on a bowl',
  // Same operation order as the reference's `js` expression, so float64 rounding matches torch's.
  f: (x, y) =>
    0.05 * (x * x + y * y) -
    3 * Math.exp(-((x - 2) * (x - 2) + (y - 2) * (y - 2)) / 2) -
    Math.exp(-((x + 2) * (x + 2) + (y + 1.5) * (y + 1.5)) / 0.8) -
    1.5 * Math.exp(-((x + 2.5) * (x + 2.5) + (y - 2.5) * (y - 2.5)) / 1.2),
  grad: (x, y) => [
    0.1 * x +
      3 * (x - 2) * Math.exp(-((x - 2) * (x - 2) + (y - 2) * (y - 2)) / 2) +
      2.5 * (x + 2) * Math.exp(-((x + 2) * (x + 2) + (y + 1.5) * (y + 1.5)) / 0.8) +
      2.5 * (x + 2.5) * Math.exp(-((x + 2.5) * (x + 2.5) + (y - 2.5) * (y - 2.5)) / 1.2),
    0.1 * y +
      3 * (y - 2) * Math.exp(-((x - 2) * (x - 2) + (y - 2) * (y - 2)) / 2) +
      2.5 * (y + 1.5) * Math.exp(-((x + 2) * (x + 2) + (y + 1.5) * (y + 1.5)) / 0.8) +
      2.5 * (y - 2.5) * Math.exp(-((x + 2.5) * (x + 2.5) + (y - 2.5) * (y - 2.5)) / 1.2),
  ],
  domain: { x: [-5, 5], y: [-5, 5] },
  minima: minimaFrom(1, [
    [1.9352211520675537, 1.93522138791496, -2.6129294757027024, 3.06236358034, 3.08743463655],
    [-1.922192894338528, -1.44163627986746, -0.6995936487462908, 2.51206074387, 2.57052632896],
    [-2.4020666964297117, 2.402334451784698, -0.8993923779626305, 2.48017127678, 2.55930174101],
  ]),
  defaultStart: [-4.5, -4],
  suggestedLr: 0.1,
  about:
    'A shallow bowl with three Gaussian wells. The shallow well at (−1.9, −1.4) lies between the default start and the deep one near (1.9, 1.9).',
}
