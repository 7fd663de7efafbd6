import { memo } from 'react'
import type { ContourSet } from './contours'

/** Filled contour bands. Memoized on the contour set, so slider drags never re-render it. */
export const ContourLayer = memo(function ContourLayer({ contours }: { contours: ContourSet }) {
  return (
    <g className="me-contours" aria-hidden="true">
      {contours.bands.map((b) => (
        <path
          key={b.value}
          d={b.d}
          fill={b.fill}
          stroke="#ffffff"
          strokeOpacity={0.55}
          strokeWidth={0.6}
        />
      ))}
    </g>
  )
})
