// Colours of the tuning map. Steps to converge use a viridis-like sequential scale (perceptually
// even, readable in greyscale and with every common colour-vision deficiency); the two failures
// sit outside it: "not converged" is a flat grey, "diverged" is white with a grey hatch.
import type { CellStatus } from '../../core/tuningMap'

// Matplotlib's viridis at t = 0, 1/9, …, 1 (purple → blue → green → yellow).
const VIRIDIS = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
] as const

export const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
]
const STOPS = VIRIDIS.map(rgb)
const hex2 = (v: number) => v.toString(16).padStart(2, '0')

/** Viridis at t ∈ [0, 1] (clamped) as whole [r, g, b]: 0 is dark purple, 1 bright yellow. */
export function viridisRgb(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1)
  const i = Math.min(STOPS.length - 2, Math.floor(x))
  const [a, b] = [STOPS[i]!, STOPS[i + 1]!]
  const f = x - i
  return [0, 1, 2].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * f)) as [number, number, number]
}

/** Viridis at t ∈ [0, 1] (clamped) as #rrggbb. */
export const viridis = (t: number): string => `#${viridisRgb(t).map(hex2).join('')}`

/** Fills of the cells that did not converge (and of cells still being computed). */
export const STATUS_FILLS: Record<Exclude<CellStatus, 'converged'> | 'pending', string> = {
  pending: '#f2f2f2',
  'not-converged': '#b8b8b8',
  diverged: '#ffffff',
}
/** The hatch drawn over diverged cells, so they differ by pattern and not only by colour. */
export const HATCH = '#7a7a7a'

/**
 * Where `steps` falls on the colour scale, on a log axis from `fewest` (t = 1, yellow: best) to
 * `most` (t = 0, purple): fewer steps is better, so the fastest cells are the brightest.
 */
export function stepsPosition(steps: number, fewest: number, most: number): number {
  if (!(most > fewest)) return 1
  const t = Math.log(steps / fewest) / Math.log(most / fewest)
  return 1 - Math.min(1, Math.max(0, t))
}

/** The fill of a converged cell that took `steps` steps. */
export const stepsColor = (steps: number, fewest: number, most: number) =>
  viridis(stepsPosition(steps, fewest, most))
