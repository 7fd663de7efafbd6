import type { Surface } from '../core'
import type { Landscape } from './networkProtocol'

/**
 * A sampled landscape as a Surface, so the page's contour code draws it: f is the value of the
 * grid cell holding (x, y), so sampling the same grid at its cell centres gives the values back.
 */
export function landscapeSurface(l: Landscape): Surface {
  const { x, y } = l.domain
  const f = (px: number, py: number) => {
    const i = Math.floor(((px - x[0]) / (x[1] - x[0])) * l.nx)
    const j = Math.floor(((y[1] - py) / (y[1] - y[0])) * l.ny)
    if (i < 0 || j < 0 || i >= l.nx || j >= l.ny) return NaN
    return l.values[j * l.nx + i] as number
  }
  return {
    id: `digits-${l.level}`,
    name: 'Digits network: train loss on the plane',
    formula: 'L(center + a·u + b·v)',
    latex: 'L(c + a u + b v)',
    f,
    grad: () => [NaN, NaN], // never followed: no run steps on this grid
    domain: l.domain,
    minima: [],
    defaultStart: [x[0], y[0]],
    suggestedLr: 0,
    about: 'The mean training loss of the digits network on the plane of its runs.',
  }
}
