import { defaultSurfaceId, getSurface, type Vec2 } from '../core'

/** The update rule of one run as the page offers it (Nesterov is torch's heavy ball + look-ahead). */
export type UpdateRule = 'heavy-ball' | 'nesterov' | 'ema'
/** How several runs are drawn: on one plot, or one small panel each. */
export type Layout = 'overlay' | 'split'

/** One run's settings; the learning rate and start are shared by all runs, for a fair race. */
export interface RunParams {
  /** Stable key for React and `data-trajectory`: never reused within one explorer. */
  readonly id: string
  readonly momentum: number
  readonly rule: UpdateRule
}

/** Everything a figure needs to be reproduced: what the URL and the custom element carry. */
export interface Params {
  readonly surface: string
  readonly lr: number
  readonly start: Vec2
  readonly runs: readonly RunParams[]
  readonly steps: number
  readonly layout: Layout
}

export const LIMITS = {
  lr: [1e-5, 10] as const,
  momentum: [0, 0.999] as const,
  steps: [1, 2000] as const,
  maxRuns: 6,
}

/** Default runs: the seed's race, plain GD against momentum 0.9. */
export const defaultRuns = (): RunParams[] => [
  { id: 'r1', momentum: 0, rule: 'heavy-ball' },
  { id: 'r2', momentum: 0.9, rule: 'heavy-ball' },
]

/** The page's opening state for a surface (its suggested learning rate and start). */
export function defaultParams(surfaceId = defaultSurfaceId): Params {
  const surface = getSurface(surfaceId) ?? getSurface(defaultSurfaceId)!
  return {
    surface: surface.id,
    lr: surface.suggestedLr,
    start: surface.defaultStart,
    runs: defaultRuns(),
    steps: 300,
    layout: 'overlay',
  }
}

export const clamp = (v: number, [lo, hi]: readonly [number, number]) =>
  Math.min(hi, Math.max(lo, v))
