import { scaleLinear } from 'd3-scale'
import type { Range } from '../core'

/** A continuous map from data to pixels and back (d3's linear and log scales both fit). */
export interface Axis {
  (value: number): number
  invert(px: number): number
}

/** Surface coordinates → pixels of a plot of the given size (y grows upward on screen). */
export interface Scales {
  readonly x: Axis
  readonly y: Axis
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
