import { scaleLinear, scaleLog } from 'd3-scale'
import type { Axis, Scales } from './scales'

/** Margins of the small charts, in CSS pixels (the charts are drawn at their CSS size). */
export const CHART_MARGIN = { left: 46, right: 14, top: 8, bottom: 22 }

const stepAxis = (steps: number, width: number) =>
  scaleLinear()
    .domain([0, Math.max(1, steps)])
    .range([CHART_MARGIN.left, width - CHART_MARGIN.right])

/** The loss axis's domain for values from low to high: positive and at least a decade. */
export function lossDomain(low: number, high: number): [number, number] {
  const lo = Math.max(1e-16, low)
  return [lo, Math.max(lo * 10, high)]
}

/** x: step 0…steps; y: log of (loss − floor) (the chart clips what lies outside [low, high]). */
export function lossScales(
  steps: number,
  low: number,
  high: number,
  width: number,
  height: number,
): Scales {
  const [lo, hi] = lossDomain(low, high)
  return {
    x: stepAxis(steps, width),
    y: scaleLog()
      .domain([lo, hi])
      .range([height - CHART_MARGIN.bottom, CHART_MARGIN.top]),
    width,
    height,
  }
}

/** x: step 0…steps; y: linear, symmetric around 0 (the chart clips what lies beyond ±extent). */
export function signedScales(steps: number, extent: number, width: number, height: number): Scales {
  const e = extent > 0 && Number.isFinite(extent) ? extent : 1
  return {
    x: stepAxis(steps, width),
    y: scaleLinear()
      .domain([-e, e])
      .range([height - CHART_MARGIN.bottom, CHART_MARGIN.top]),
    width,
    height,
  }
}

/** The runs a chart's range comes from: those that did not diverge (all, if every one did). */
export function rangeRuns<
  T extends { readonly trajectory: { readonly divergedAt: number | null } },
>(results: readonly T[]): readonly T[] {
  const kept = results.filter((r) => r.trajectory.divergedAt === null)
  return kept.length > 0 ? kept : results
}

/** About `count` round values along a linear axis made here (d3's ticks). */
export const linearTicks = (axis: Axis, count: number) =>
  (axis as ReturnType<typeof scaleLinear<number>>).ticks(count)

/** Step ticks for a chart this many pixels wide: about one per 70 px. */
export const stepTicks = (scales: Scales, width: number) =>
  linearTicks(scales.x, Math.max(2, Math.floor(width / 70)))
