import { defaultSurfaceId, type Range, type Vec2 } from '../core'
import { pageCatalog, type SurfaceCatalog } from './catalog'

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
  /** Model surfaces only: mini-batch size (0 = full batch; then a step is an epoch). URL `batch`. */
  readonly batch: number
  /** Model surfaces only: the seed of the mini-batch shuffle. URL `seed`. */
  readonly seed: number
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
export interface DisplayOptions {
  /** `embed=1`: only the figure and the chosen controls. */
  readonly embed: boolean
  /** Which controls an embed shows; null means every control. */
  readonly controls: readonly ControlName[] | null
  /** `story=N`: the guided story at step N; `storystep=N`: that step alone, without navigation. */
  readonly story?: StoryOption
}

/** Where the guided story opens (src/state/storySteps.ts holds its steps). */
export interface StoryOption {
  readonly step: number
  readonly isSingle: boolean
}

/** How many steps the guided story has (tests/state/story.test.ts checks it). */
export const STORY_LENGTH = 8

export const LIMITS = {
  lr: [1e-5, 10] as const,
  momentum: [0, 0.999] as const,
  steps: [1, 2000] as const,
  batch: [0, 1000] as const,
  seed: [0, 999_999] as const,
  maxRuns: 6,
}

/** The momentum the page opens with: near its best on the default ravine (README, Defaults). */
export const DEFAULT_MOMENTUM = 0.75

/** Default runs: plain GD against momentum. */
export const defaultRuns = (): RunParams[] => [
  { id: 'r1', momentum: 0, rule: 'heavy-ball' },
  { id: 'r2', momentum: DEFAULT_MOMENTUM, rule: 'heavy-ball' },
]

/** The custom surface's defaults: a square view around the origin. */
export const CUSTOM_DEFAULTS = {
  name: 'Custom',
  lr: 0.01,
  start: [-4, 3] as Vec2,
  domain: { x: [-5, 5] as Range, y: [-5, 5] as Range },
} as const

/** The page's opening state for a surface (its suggested learning rate and start). */
export function defaultParams(
  surfaceId = defaultSurfaceId,
  catalog: SurfaceCatalog = pageCatalog,
): Params {
  const known = surfaceId === 'custom' ? null : catalog.find(surfaceId)
  const surface = known ?? (surfaceId === 'custom' ? null : catalog.find(defaultSurfaceId)!)
  return {
    surface: surface?.id ?? 'custom',
    lr: surface?.suggestedLr ?? CUSTOM_DEFAULTS.lr,
    start: surface?.defaultStart ?? CUSTOM_DEFAULTS.start,
    runs: defaultRuns(),
    // Long enough for plain GD to reach the ravine's minimum (457 steps), so the race has an end.
    steps: 600,
    layout: 'overlay',
    map: false,
    f: '',
    view: null,
    batch: 0,
    seed: 1,
  }
}

export const clamp = (v: number, [lo, hi]: readonly [number, number]) =>
  Math.min(hi, Math.max(lo, v))
