import { useExplorerPick } from '../state/usePick'
import { useStepCount } from '../state/hooks'

const SPEEDS = [10, 30, 60, 120, 300] as const

/** Play / Pause, Step, Reset and the playback speed. */
export function PlayControls() {
  const s = useExplorerPick(
    'isPlaying',
    'playhead',
    'steps',
    'speed',
    'play',
    'pause',
    'stepOnce',
    'reset',
    'setSpeed',
  )
  const total = useStepCount()
  const at = s.playhead ?? total
  return (
    <div className="me-play" role="group" aria-label="Playback">
      <button
        type="button"
        onClick={() => (s.isPlaying ? s.pause() : s.play(total))}
        aria-pressed={s.isPlaying}
      >
        {s.isPlaying ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={() => s.stepOnce(total)}>
        Step
      </button>
      <button type="button" onClick={s.reset}>
        Reset
      </button>
      <label className="me-inline">
        Speed
        <select value={s.speed} onChange={(e) => s.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v} steps/s
            </option>
          ))}
        </select>
      </label>
      <span className="me-step-count" aria-live="off">
        step {at} / {total}
      </span>
    </div>
  )
}
