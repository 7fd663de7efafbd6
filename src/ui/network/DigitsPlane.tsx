import { memo, useMemo, type PointerEvent } from 'react'
import { pairsOf, type Vec2 } from '../../core'
import { contourBands } from '../../render/contourBands'
import { linePath, markerPath } from '../../render/geometry'
import { makeScales } from '../../render/scales'
import { nearestEpoch } from './nearestEpoch'
import {
  landscapeDomain,
  PLANE_SIZE,
  type Landscape,
  type TrainedNetworks,
} from '../../state/digits'

/** A run's look and name. */
export interface RunLook {
  readonly id: string
  readonly label: string
  readonly color: string
  readonly marker: string
}

interface Props {
  readonly trained: TrainedNetworks
  readonly landscape: Landscape | null
  readonly looks: readonly RunLook[]
  /** The epoch the charts' cursor is on, or null. */
  readonly cursor: number | null
  /** The pointer moved near an epoch's snapshot (its epoch) or away from all (null). */
  readonly onPick: (epoch: number | null) => void
}

const { width: W, height: H } = PLANE_SIZE

/**
 * The runs' weight snapshots projected on their principal plane, over contours of the train loss
 * on that plane (coarse until the refined grid arrives). One path[data-trajectory] per run.
 */
export const DigitsPlane = memo(function DigitsPlane({
  trained,
  landscape,
  looks,
  cursor,
  onPick,
}: Props) {
  const domain = useMemo(() => landscape?.domain ?? landscapeDomain(trained), [landscape, trained])
  const scales = useMemo(() => makeScales(domain, W, H), [domain])
  const paths = useMemo(() => trained.runs.map((r) => pairsOf(r.path)), [trained])
  const lines = useMemo(() => trained.runs.map((r) => linePath(r.path, scales)), [trained, scales])
  const at = (run: number, epoch: number): Vec2 | null => {
    const r = trained.runs[run]
    if (!r) return null
    const k = r.snapshotSteps.indexOf(epoch * r.stepsPerEpoch)
    return k < 0 ? null : (paths[run]?.[k] ?? null)
  }
  const [share1, share2] = trained.axisShares.map((v) => Math.round(100 * v))
  const pick = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    if (!(box.width > 0 && box.height > 0)) return
    const toPx = (p: Vec2): Vec2 => [scales.x(p[0]), scales.y(p[1])]
    const [px, py] = [
      ((e.clientX - box.left) * W) / box.width,
      ((e.clientY - box.top) * H) / box.height,
    ]
    onPick(nearestEpoch(trained, paths, toPx, px, py))
  }
  return (
    <figure className="me-digits-plane" aria-label="The runs on the loss landscape">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-label="Trajectories in weight space"
        onPointerMove={pick}
        onPointerDown={pick}
        onPointerLeave={() => onPick(null)}
      >
        {landscape && (
          <g className="me-contours" aria-hidden="true">
            {contourBands(landscape.bands, { strokeOpacity: 0.5, strokeWidth: 0.5 })}
          </g>
        )}
        {paths.map((points, i) => {
          const look = looks[i]
          if (!look) return null
          const end = points.at(-1)
          const mark = cursor === null ? null : at(i, cursor)
          return (
            <g key={look.id}>
              <path
                d={lines[i]}
                data-trajectory={look.id}
                aria-label={look.label}
                role="img"
                fill="none"
                stroke={look.color}
                strokeWidth={2}
              />
              {end && (
                <path
                  d={markerPath(look.marker, 6)}
                  transform={`translate(${scales.x(end[0]).toFixed(1)},${scales.y(end[1]).toFixed(1)})`}
                  fill={look.color}
                  stroke="#fff"
                  aria-hidden="true"
                />
              )}
              {mark && (
                <circle
                  className="me-digits-cursor"
                  cx={scales.x(mark[0]).toFixed(1)}
                  cy={scales.y(mark[1]).toFixed(1)}
                  r={5}
                  fill="none"
                  stroke={look.color}
                  strokeWidth={2}
                />
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        Horizontal: the first principal direction ({share1} % of the variance); vertical: the second
        ({share2} %). Shading: the training loss on this plane, darker is higher
        {landscape
          ? landscape.level === 'coarse'
            ? ' (coarse grid; refining…)'
            : ''
          : ' (computing…)'}
        .
      </figcaption>
    </figure>
  )
})
