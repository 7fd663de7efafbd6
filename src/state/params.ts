import { defaultSurfaceId, getSurface, type Range, type Vec2 } from '../core'

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
  /** Whether the tuning map panel is open (URL `map=1`). */
  readonly map: boolean
  /** The custom surface's expression f(x, y) (URL `f`); used when `surface` is 'custom'. */
  readonly f: string
  /** A view range overriding the surface's own (URL `view=xmin,xmax,ymin,ymax`), or null. */
  readonly view: { readonly x: Range; readonly y: Range } | null
}

/** The controls an embed can show (URL `controls=momentum,lr,play`). */
export const CONTROL_NAMES = [
  'momentum',
  'lr',
  'play',
  'surface',
  'rule',
  'steps',
  'runs',
  'start',
  'layout',
  'map',
] as const
export type ControlName = (typeof CONTROL_NAMES)[number]

/** How the page is shown, as opposed to what it shows: also from the URL, never in the store. */
export interface ViewOptions {
  /** `embed=1`: only the figure and the chosen controls. */
  readonly embed: boolean
  /** Which controls an embed shows; null means every control. */
  readonly controls: readonly ControlName[] | null
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
    // Long enough for plain GD to reach the ravine's minimum (495 steps), so the race has an end.
    steps: 600,
    layout: 'overlay',
    map: false,
    f: '',
    view: null,
  }
}

export const clamp = (v: number, [lo, hi]: readonly [number, number]) =>
  Math.min(hi, Math.max(lo, v))
