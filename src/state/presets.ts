import type { SurfaceCatalog } from './catalog'
import { defaultParams, type Params, type UpdateRule } from './params'

/** A one-click story: a surface, a learning rate and the runs that tell it. */
export interface Preset {
  readonly id: string
  readonly title: string
  readonly surface: string
  readonly lr?: number
  readonly steps?: number
  readonly start?: readonly [number, number]
  /** Model surfaces: mini-batch size and shuffle seed. */
  readonly batch?: number
  readonly seed?: number
  readonly runs: readonly (readonly [momentum: number, rule?: UpdateRule])[]
}

// Each story is measured at its own state: tests/state/presets.test.ts checks every one.
export const PRESETS: readonly Preset[] = [
  {
    id: 'zigzag',
    title: 'Zig-zag valley',
    surface: 'ravine',
    runs: [[0], [0.75]],
  },
  {
    id: 'near-limit',
    title: 'Near the limit, 0.9 swings further',
    surface: 'ravine',
    lr: 0.018,
    runs: [[0], [0.9]],
  },
  {
    id: 'too-much',
    title: 'Too much momentum',
    surface: 'ravine',
    steps: 800,
    runs: [[0], [0.75], [0.97]],
  },
  {
    id: 'too-little',
    title: 'Too little momentum',
    surface: 'ravine',
    runs: [[0], [0.1], [0.75]],
  },
  {
    id: 'banana',
    title: 'Rosenbrock banana',
    surface: 'rosenbrock',
    lr: 0.002,
    steps: 1000,
    runs: [[0], [0.9]],
  },
  {
    id: 'local-minima',
    title: 'Rolling through a shallow well',
    surface: 'wells',
    runs: [[0], [0.9]],
  },
  {
    id: 'training',
    title: 'Training a real model',
    surface: 'logreg',
    lr: 0.1,
    steps: 30,
    start: [-0.5, 1],
    batch: 40,
    seed: 1,
    runs: [[0], [0.9]],
  },
  {
    id: 'rules',
    title: 'Heavy ball, Nesterov, moving average',
    surface: 'ravine',
    runs: [[0.9], [0.9, 'nesterov'], [0.9, 'ema']],
  },
]

/** The full state a preset stands for (a model preset needs its surface's code loaded first). */
export function presetParams(preset: Preset, catalog?: SurfaceCatalog): Params {
  const base = defaultParams(preset.surface, catalog)
  return {
    ...base,
    lr: preset.lr ?? base.lr,
    steps: preset.steps ?? base.steps,
    start: preset.start ?? base.start,
    batch: preset.batch ?? base.batch,
    seed: preset.seed ?? base.seed,
    runs: preset.runs.map(([momentum, rule], i) => ({
      id: `r${i + 1}`,
      momentum,
      rule: rule ?? 'heavy-ball',
    })),
  }
}
