import { useMemo } from 'react'
import { useExplorer } from '../state/context'
import { useRunResults, useSurface } from '../state/derived'
import { ContourLayer } from './ContourLayer'
import { computeContours } from './contours'
import { makeScales } from './scales'
import { TrajectoryLayer } from './TrajectoryLayer'

export const PLOT_WIDTH = 640
export const PLOT_HEIGHT = 400

/** The contour plot with every run drawn over it. */
export function Figure() {
  const surface = useSurface()
  const results = useRunResults()
  const start = useExplorer((s) => s.start)
  const playhead = useExplorer((s) => s.playhead)
  const scales = useMemo(() => makeScales(surface.domain, PLOT_WIDTH, PLOT_HEIGHT), [surface])
  const contours = useMemo(() => computeContours(surface, scales), [surface, scales])
  return (
    <svg
      className="me-figure"
      viewBox={`0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}`}
      role="group"
      aria-label={`Contours of ${surface.name} with ${results.length} runs`}
    >
      <ContourLayer contours={contours} />
      {surface.minima.map((m, i) => (
        <circle key={i} cx={scales.x(m.x)} cy={scales.y(m.y)} r={5} fill="#1b9e3a" stroke="#fff" />
      ))}
      <circle
        cx={scales.x(start[0])}
        cy={scales.y(start[1])}
        r={5}
        fill="#fff"
        stroke="#222"
        strokeWidth={2}
      />
      {results.map((r) => (
        <TrajectoryLayer key={r.run.id} result={r} scales={scales} count={playhead} />
      ))}
    </svg>
  )
}
