import {
  FRAME_RATES,
  SIZE_PRESETS,
  type AnimationOptions,
  type AnimationFormat,
  type Pace,
  type Theme,
} from '../../export/options'

interface Props {
  readonly options: AnimationOptions
  readonly onChange: (next: AnimationOptions) => void
  readonly disabled: boolean
}

const seconds = (v: number): Pace => ({ kind: 'duration', seconds: v })
const rate = (v: number): Pace => ({ kind: 'rate', stepsPerSecond: v })

const ROW = { display: 'flex', flexWrap: 'wrap', gap: '0.5em 1em', alignItems: 'center' } as const

/** The animation's options: format, size, frame rate, pace, loop, caption and background. */
export function AnimationOptionsForm({ options: o, onChange, disabled }: Props) {
  const set = (patch: Partial<AnimationOptions>) => onChange({ ...o, ...patch })
  const size = `${o.width}x${o.height}`
  const number = (text: string) => (text.trim() === '' ? NaN : Number(text))
  const pace =
    o.pace.kind === 'duration'
      ? { label: 'Seconds', max: 30, value: o.pace.seconds, make: seconds }
      : { label: 'Steps per second', max: 500, value: o.pace.stepsPerSecond, make: rate }
  return (
    <fieldset disabled={disabled} style={{ ...ROW, border: 0, padding: 0, margin: 0 }}>
      <legend style={{ padding: 0 }}>Animation</legend>
      <label>
        Format{' '}
        <select
          value={o.format}
          onChange={(e) => set({ format: e.target.value as AnimationFormat })}
        >
          <option value="gif">GIF</option>
          <option value="video">Video (MP4 or WebM)</option>
        </select>
      </label>
      <label>
        Size{' '}
        <select
          value={size}
          onChange={(e) => {
            const p = SIZE_PRESETS.find((s) => s.id === e.target.value)
            if (p) set({ width: p.width, height: p.height })
          }}
        >
          {SIZE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.width}×{p.height}
              {p.width === p.height ? ' (square)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Frame rate{' '}
        <select value={o.fps} onChange={(e) => set({ fps: Number(e.target.value) })}>
          {FRAME_RATES.map((f) => (
            <option key={f} value={f}>
              {f} fps
            </option>
          ))}
        </select>
      </label>
      <label>
        Pace{' '}
        <select
          value={o.pace.kind}
          onChange={(e) =>
            set({
              pace:
                e.target.value === 'rate'
                  ? { kind: 'rate', stepsPerSecond: 50 }
                  : { kind: 'duration', seconds: 6 },
            })
          }
        >
          <option value="duration">duration</option>
          <option value="rate">steps per second</option>
        </select>
      </label>
      <label>
        {pace.label}{' '}
        <input
          type="number"
          min={1}
          max={pace.max}
          step={1}
          value={Number.isFinite(pace.value) ? pace.value : ''}
          onChange={(e) => set({ pace: pace.make(number(e.target.value)) })}
          style={{ width: '4em' }}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={o.loop}
          disabled={o.format !== 'gif'}
          onChange={(e) => set({ loop: e.target.checked })}
        />{' '}
        Loop{o.format !== 'gif' ? ' (GIF only: a video player loops on its own)' : ''}
      </label>
      <label>
        <input
          type="checkbox"
          checked={o.caption}
          onChange={(e) => set({ caption: e.target.checked })}
        />{' '}
        Caption (the comparing sentence)
      </label>
      <label>
        Background{' '}
        <select value={o.theme} onChange={(e) => set({ theme: e.target.value as Theme })}>
          <option value="light">light</option>
          <option value="dark">dark</option>
        </select>
      </label>
    </fieldset>
  )
}
