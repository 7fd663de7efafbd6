import { markerPath } from '../render/geometry'
import type { RunResult } from '../state/hooks'

/** A run's line and marker in its colour, as a key beside its name (colour is never the only cue). */
export function RunSwatch({
  result,
  width,
  strokeWidth,
}: {
  result: RunResult
  width: number
  strokeWidth: number
}) {
  return (
    <svg width={width} height="14" aria-hidden="true" style={{ color: result.color }}>
      <line x1="0" y1="7" x2={width} y2="7" stroke="currentColor" strokeWidth={strokeWidth} />
      <path
        d={markerPath(result.marker, 4.5)}
        transform={`translate(${width / 2},7)`}
        fill="currentColor"
        stroke="#fff"
      />
    </svg>
  )
}
