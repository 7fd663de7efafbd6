import { scaleLinear, type ScaleLinear } from 'd3-scale'
import type { Range } from '../core'

/** Surface coordinates → pixels of a plot of the given size (y grows upward on screen). */
export interface Scales {
  readonly x: ScaleLinear<number, number>
  readonly y: ScaleLinear<number, number>
  readonly width: number
  readonly height: number
}

export function makeScales(domain: { x: Range; y: Range }, width: number, height: number): Scales {
  return {
    x: scaleLinear().domain(domain.x).range([0, width]),
    y: scaleLinear().domain(domain.y).range([height, 0]),
    width,
    height,
  }
}
