import { useSyncExternalStore } from 'react'
import type { TuningMapState } from '../../state/useTuningMap'

/** Progress of the map's computation, with Cancel while it runs and "Compute again" after. */
export function MapProgress({ state }: { state: TuningMapState }) {
  const { phase, total, progress } = state
  const p = useSyncExternalStore(progress.subscribe, progress.get, progress.get)
  const done = phase === 'ready' ? total : p.key === state.key ? p.done : 0
  const percent = total > 0 ? Math.floor((100 * done) / total) : 0
  if (phase === 'error') return <p className="me-map-error">The map failed: {state.error}</p>
  if (phase === 'cancelled')
    return (
      <p className="me-map-progress">
        Stopped.{' '}
        <button type="button" onClick={state.retry}>
          Compute again
        </button>
      </p>
    )
  return (
    <div className="me-map-progress">
      <div
        className="me-map-bar"
        role="progressbar"
        aria-label="Computing the tuning map"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} % (${done} of ${total} runs)`}
      >
        <div className="me-map-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <span>
        {phase === 'ready' ? `${total} runs` : `${done} of ${total} runs`} ({percent} %)
      </span>
      {phase === 'computing' && (
        <button type="button" onClick={state.cancel}>
          Cancel
        </button>
      )}
    </div>
  )
}
