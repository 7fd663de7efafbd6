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

export const PRESETS: readonly Preset[] = [
  {
    id: 'zigzag',
    title: 'Zig-zag valley',
    story:
      'Plain GD bounces across the steep direction and crawls along the valley; momentum builds up speed along it.',
    surface: 'ravine',
    runs: [[0], [0.9]],
  },
  {
    id: 'too-much',
    title: 'Too much momentum',
    story: 'At 0.99 the run overshoots the minimum along the valley again and again.',
    surface: 'ravine',
    steps: 600,
    runs: [[0.9], [0.99]],
  },
  {
    id: 'too-little',
    title: 'Too little momentum',
    story: 'At 0.1 momentum barely helps; around 0.8 it is near its best at this learning rate.',
    surface: 'ravine',
    steps: 600,
    runs: [[0], [0.1], [0.8]],
  },
  {
    id: 'banana',
    title: 'Rosenbrock banana',
    story:
      'Falling into the curved valley is quick; following its bend to (1, 1) is where momentum pays.',
    surface: 'rosenbrock',
    steps: 1000,
    runs: [[0], [0.9]],
  },
  {
    id: 'local-minima',
    title: 'Rolling through a shallow well',
    story:
      'Plain GD is caught by the shallow well; enough momentum rolls through it into the deep one.',
    surface: 'wells',
    runs: [[0], [0.9]],
  },
  {
    id: 'training',
    title: 'Training a real model',
    story:
      'Logistic regression on a raw feature, mini-batches of 40: after 30 epochs momentum has the lower training loss and the higher test accuracy.',
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
      'The same β in three update rules: Nesterov diverges near GD’s limit; the moving average is smooth but slow.',
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
