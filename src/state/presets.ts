import { defaultParams, type Params, type UpdateRule } from './params'

/** A one-click story: a surface, a learning rate and the runs that tell it. */
export interface Preset {
  readonly id: string
  readonly title: string
  /** What to look at, in a sentence. */
  readonly story: string
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
    story:
      'Plain GD keeps bouncing across the steep direction; momentum 0.75 averages the bounces away, travels a quarter as far across and reaches the minimum about 7× sooner.',
    surface: 'ravine',
    runs: [[0], [0.75]],
  },
  {
    id: 'near-limit',
    title: 'Near the limit, 0.9 swings further',
    story:
      'At α = 0.018 GD’s zig-zag dies out fast. Momentum 0.9 turns back half as often, yet swings further across the valley in total; it still gets there 3× sooner.',
    surface: 'ravine',
    lr: 0.018,
    runs: [[0], [0.9]],
  },
  {
    id: 'too-much',
    title: 'Too much momentum',
    story:
      'At 0.97 the run overshoots the minimum along the valley again and again: it needs more steps than plain GD, and about 9× more than 0.75.',
    surface: 'ravine',
    steps: 800,
    runs: [[0], [0.75], [0.97]],
  },
  {
    id: 'too-little',
    title: 'Too little momentum',
    story:
      'At 0.1 momentum barely helps (about 10 % fewer steps than GD); 0.75 is near its best at this learning rate.',
    surface: 'ravine',
    runs: [[0], [0.1], [0.75]],
  },
  {
    id: 'banana',
    title: 'Rosenbrock banana',
    story:
      'Falling into the curved valley is quick; following its bend to (1, 1) is slow. Momentum 0.9 gets there within 1000 steps, plain GD does not.',
    surface: 'rosenbrock',
    lr: 0.002,
    steps: 1000,
    runs: [[0], [0.9]],
  },
  {
    id: 'local-minima',
    title: 'Rolling through a shallow well',
    story:
      'Plain GD stops in the shallow well; momentum 0.9 rolls through it into the deep one. Neither is “faster”: they end in different minima.',
    surface: 'wells',
    runs: [[0], [0.9]],
  },
  {
    id: 'training',
    title: 'Training a real model',
    story:
      'Logistic regression on a raw feature, mini-batches of 40: after 30 epochs momentum has the lower training loss and the higher test accuracy, because plain GD has not finished training.',
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
    story:
      'The same β = 0.9 in three update rules: Nesterov diverges this close to GD’s limit; the moving average, which is heavy ball at α·(1−β), is the slowest to arrive.',
    surface: 'ravine',
    runs: [[0.9], [0.9, 'nesterov'], [0.9, 'ema']],
  },
]

/** The full state a preset stands for (a model preset needs its surface's code loaded first). */
export function presetParams(preset: Preset): Params {
  const base = defaultParams(preset.surface)
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
