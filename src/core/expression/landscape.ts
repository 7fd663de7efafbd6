import type { Range } from '../surfaces/types'
import type { Vec2 } from '../vec'

/** A function with its gradient over a view: what the numerical searches need. */
export interface Landscape {
  readonly f: (x: number, y: number) => number
  readonly grad: (x: number, y: number) => Vec2
  readonly domain: { readonly x: Range; readonly y: Range }
}
