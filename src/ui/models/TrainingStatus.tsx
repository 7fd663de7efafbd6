import { useSyncExternalStore } from 'react'
import { MAX_TRAINING_STEPS } from '../../core/models'
import { useExplorer } from '../../state/context'
import { useRunResults } from '../../state/hooks'
import { cancelTraining, trainingStatus } from '../../state/training'
import { plural } from '../format'

/**
 * On a model surface: how far the training worker is (with a Cancel button), and a notice when
 * the cap on total training steps shortened the runs, saying what was capped and why.
 */
export default function TrainingStatus() {
  const status = useSyncExternalStore(
    trainingStatus.subscribe,
    trainingStatus.get,
    trainingStatus.get,
  )
  const results = useRunResults()
  const steps = useExplorer((s) => s.steps)
  const isTraining = status.runs > status.done
  const share = status.runs > 0 ? (status.done + status.current) / status.runs : 0
  const t = results[0]?.trajectory
  if (!t || !('epochCount' in t)) return null // not a model surface
  const capped = typeof t.epochCount === 'number' && t.epochCount < steps ? t : null
  return (
    <>
      {capped && 'stepsPerEpoch' in capped && 'batchSize' in capped && (
        <p className="me-notices" role="status">
          Training capped at {plural(capped.epochCount as number, 'epoch')} of the {steps} asked
          for: {plural(results.length, 'run')} ×{' '}
          {plural(capped.stepsPerEpoch as number, 'mini-batch', 'mini-batches')} of{' '}
          {plural(capped.batchSize as number, 'example')} per epoch would pass the limit of{' '}
          {plural(MAX_TRAINING_STEPS, 'step')} in all.
        </p>
      )}
      {isTraining && (
        <p className="me-training" role="status">
          <label>
            Training the model ({status.done} of {plural(status.runs, 'run')} done){' '}
            <progress max={1} value={share} aria-label="Training progress" />
          </label>{' '}
          <button type="button" onClick={cancelTraining}>
            Cancel training
          </button>
        </p>
      )}
      {!isTraining && status.isCancelled && (
        <p className="me-notices" role="status">
          Training cancelled: the runs show their start only. Change a setting to train again.
        </p>
      )}
      {status.error && (
        <p className="me-notices" role="status">
          Training failed ({status.error}): the runs show their start only.
        </p>
      )}
    </>
  )
}
