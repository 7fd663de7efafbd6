import { memo } from 'react'
import { contourBands } from './contourBands'
import type { ContourSet } from './contours'

/** Filled contour bands. Memoized on the contour set, so slider drags never re-render it. */
export const ContourLayer = memo(function ContourLayer({ contours }: { contours: ContourSet }) {
  return (
    <g className="me-contours" aria-hidden="true">
      <defs>
        <pattern
          id="me-undefined-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#f2f2f2" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" strokeWidth="1.5" />
        </pattern>
      </defs>
      {contourBands(contours.bands, { strokeOpacity: 0.55, strokeWidth: 0.6 })}
      {contours.undefinedPath && (
        <path className="me-undefined" d={contours.undefinedPath} fill="url(#me-undefined-hatch)" />
      )}
    </g>
  )
})
