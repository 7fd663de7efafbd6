import { EpochChart } from './EpochChart'
import type { EpochLine } from './epochSeries'
import { formatAccuracy, formatLoss } from './epochSeries'

interface Props {
  /** A line per run: training loss, and test accuracy (`isClass`) or test loss. */
  readonly train: readonly EpochLine[]
  readonly test: readonly EpochLine[]
  readonly isClass: boolean
  readonly epochs: number
  readonly cursor: number | null
  readonly onPick: (epoch: number | null) => void
}

/** The two charts the idea is usually shown with, side by side under one legend of the runs. */
export function TrainingCharts({ train, test, isClass, epochs, cursor, onPick }: Props) {
  return (
    <>
      <ul className="me-model-legend" aria-label="Runs">
        {train.map((r) => (
          <li key={r.id}>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="22" y2="5" stroke={r.color} strokeWidth="3" />
            </svg>
            {r.label}
          </li>
        ))}
      </ul>
      <div className="me-model-charts">
        <EpochChart
          title="Training loss (log scale)"
          scale="log"
          lines={train}
          epochs={epochs}
          cursor={cursor}
          onPick={onPick}
          format={formatLoss}
        />
        <EpochChart
          title={isClass ? 'Test accuracy' : 'Test loss (log scale)'}
          scale={isClass ? 'percent' : 'log'}
          lines={test}
          epochs={epochs}
          cursor={cursor}
          onPick={onPick}
          format={isClass ? formatAccuracy : formatLoss}
        />
      </div>
    </>
  )
}
