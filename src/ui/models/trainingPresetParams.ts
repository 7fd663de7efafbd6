import { trainingPreset } from '../../core/models'
import { defaultParams, type Params } from '../../state/params'

/**
 * The full state of the "Training a real model" preset (the core's trainingPreset): logistic
 * regression, GD against momentum 0.9, 30 epochs of mini-batches of 40. Layout and the tuning map
 * stay as the reader left them.
 */
export function trainingPresetParams(current: Pick<Params, 'layout' | 'map'>): Params {
  const p = trainingPreset
  return {
    ...defaultParams(),
    surface: p.surface,
    lr: p.lr,
    start: p.start,
    steps: p.epochs,
    batch: p.batchSize,
    seed: p.seed,
    runs: p.momenta.map((momentum, i) => ({ id: `r${i + 1}`, momentum, rule: 'heavy-ball' })),
    layout: current.layout,
    map: current.map,
  }
}
