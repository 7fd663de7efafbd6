import { useId } from 'react'
import { isModelSurfaceId, scalingPartner, trainingPreset } from '../../core/models'
import { useExplorerStore } from '../../state/context'
import { useExplorerPick } from '../../state/usePick'
import { NumberInput } from '../NumberInput'
import { LIMITS } from '../../state/params'
import { trainingPresetParams } from './trainingPresetParams'

/** Batch sizes the menu offers; 0 is the full batch (one step per epoch). */
export const BATCH_SIZES = [0, 10, 20, 40, 100] as const

/** Batch size, shuffle seed, feature scaling and the preset: the training controls of a model. */
export function ModelControls() {
  const s = useExplorerPick('surface', 'batch', 'seed', 'setBatch', 'setSeed', 'setSurface')
  const store = useExplorerStore()
  const batchId = useId()
  const seedId = useId()
  const scaleId = useId()
  // A batch size from a link that the menu does not list still shows as itself.
  const sizes: readonly number[] = BATCH_SIZES.includes(s.batch as never)
    ? BATCH_SIZES
    : [...BATCH_SIZES, s.batch].sort((a, b) => a - b)
  const isScaled = s.surface.endsWith('-scaled')
  return (
    <div className="me-model-controls">
      <div className="me-model-row">
        <div className="me-field">
          <label htmlFor={batchId}>Batch size</label>
          <select id={batchId} value={s.batch} onChange={(e) => s.setBatch(Number(e.target.value))}>
            {sizes.map((b) => (
              <option key={b} value={b}>
                {b === 0 ? 'Full batch (200)' : `${b} students`}
              </option>
            ))}
          </select>
        </div>
        <div className="me-field">
          <label htmlFor={seedId}>Shuffle seed</label>
          <NumberInput
            id={seedId}
            min={LIMITS.seed[0]}
            max={LIMITS.seed[1]}
            step={1}
            value={s.seed}
            disabled={s.batch === 0}
            onNumber={s.setSeed}
          />
        </div>
        <button
          type="button"
          className="me-model-preset"
          title={trainingPreset.text}
          onClick={() => store.getState().load(trainingPresetParams(store.getState()))}
        >
          {trainingPreset.name}
        </button>
      </div>
      <div className="me-model-scaling">
        <label className="me-inline" htmlFor={scaleId}>
          <input
            id={scaleId}
            type="checkbox"
            checked={isScaled}
            onChange={() => {
              if (isModelSurfaceId(s.surface)) s.setSurface(scalingPartner(s.surface))
            }}
          />
          Standardise the feature
        </label>
        <p className="me-model-note">
          Hours studied run from 2 to 8, never near 0, so the weight and the bias trade off along a
          long, narrow valley; standardising hours (mean 0, sd 1) makes the valley much rounder.
        </p>
      </div>
    </div>
  )
}
