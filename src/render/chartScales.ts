import { scaleLinear, scaleLog } from 'd3-scale'
import type { Scales } from './scales'

/** Margins of the small charts, in viewBox pixels. */
export const CHART_MARGIN = { left: 44, right: 8, top: 8, bottom: 22 }

/** x: step 0…steps; y: log of (loss − floor), clamped to a sane range so one run can't flatten all. */
export function lossScales(
  steps: number,
  low: number,
  high: number,
  width: number,
  height: number,
): Scales {
  const lo = Math.max(1e-16, low)
  const hi = Math.max(lo * 10, high)
  return {
    x: scaleLinear()
      .domain([0, Math.max(1, steps)])
      .range([CHART_MARGIN.left, width - CHART_MARGIN.right]),
    y: scaleLog()
      .domain([lo, hi])
      .range([height - CHART_MARGIN.bottom, CHART_MARGIN.top])
      .clamp(true),
    width,
    height,
  }
}

/** x: step 0…steps; y: linear, symmetric around 0. */
export function signedScales(steps: number, extent: number, width: number, height: number): Scales {
  const e = extent > 0 && Number.isFinite(extent) ? extent : 1
  return {
    x: scaleLinear()
      .domain([0, Math.max(1, steps)])
      .range([CHART_MARGIN.left, width - CHART_MARGIN.right]),
    y: scaleLinear()
      .domain([-e, e])
      .range([height - CHART_MARGIN.bottom, CHART_MARGIN.top]),
    width,
    height,
  }
}

/** A few readable tick values for a log axis: powers of ten inside the domain. */
export function logTicks(lo: number, hi: number, most = 5): number[] {
  const a = Math.ceil(Math.log10(Math.max(1e-300, lo)))
  const b = Math.floor(Math.log10(Math.max(1e-300, hi)))
  const every = Math.max(1, Math.ceil((b - a + 1) / most))
  const out: number[] = []
  for (let p = a; p <= b; p += every) out.push(10 ** p)
  return out
}
