import { useEffect, useMemo, useRef, useState } from 'react'
import { RUN_COLORS, RUN_MARKERS, runLabel } from '../../state/runOptions'
import { PLANE_SIZE, trainNetworks } from '../../state/digits'
import { download, svgToPng } from '../download'
import { linesOf, trainingSummary, type EpochRun } from '../models/epochSeries'
import { TrainingCharts } from '../models/TrainingCharts'
import '../models/models.css'
import { Notices } from '../Notices'
import { DigitsControls } from './DigitsControls'
import { digitsCsv } from './digitsCsv'
import { serializeDigitsParams, type DigitsParams } from './digitsParams'
import { DigitsPlane, type RunLook } from './DigitsPlane'
import { catchUpSentence, planeSentence } from './digitsSentences'
import './digits.css'
import { loadDigitBytes } from './loadDigits'
import { useDigitsTraining, type DigitsTrainingDeps } from './useDigitsTraining'

interface Props {
  readonly initial: DigitsParams
  readonly notices?: readonly string[]
  /** Where data and jobs come from (tests pass their own); the page's worker by default. */
  readonly deps?: DigitsTrainingDeps
  /** Called with the query string of each new state (the page writes it to the URL). */
  readonly onParams?: (query: string) => void
}

const PAGE_DEPS: DigitsTrainingDeps = { loadBytes: () => loadDigitBytes(), train: trainNetworks }

const lookOf = (p: DigitsParams): RunLook[] =>
  p.runs.map((r, i) => ({
    id: r.id,
    label: runLabel(r),
    color: RUN_COLORS[i % RUN_COLORS.length] as string,
    marker: RUN_MARKERS[i % RUN_MARKERS.length] as string,
  }))

/**
 * A real network on real data (issue #24): GD and momentum train a 64 → 32 → 10 network on the
 * 8×8 digits in a worker; the training-loss and test-accuracy curves per epoch, and the runs'
 * paths on the principal plane of their weights over the train loss there.
 */
export default function DigitsPage({ initial, notices = [], deps = PAGE_DEPS, onParams }: Props) {
  const [params, setParams] = useState(initial)
  const [cursor, setCursor] = useState<number | null>(null)
  const training = useDigitsTraining(params, deps)
  useEffect(() => {
    onParams?.(serializeDigitsParams(params))
  }, [params, onParams])
  const shown = training.shownFor ?? params
  const looks = useMemo(() => lookOf(shown), [shown])
  const runs = useMemo((): EpochRun[] | null => {
    const t = training.trained
    if (!t) return null
    return t.runs.map((r, i) => ({
      id: looks[i]?.id ?? `r${i + 1}`,
      label: looks[i]?.label ?? `Run ${i + 1}`,
      color: looks[i]?.color ?? '#000',
      epochs: r.epochs,
      hasDiverged: r.divergedAt !== null,
    }))
  }, [training.trained, looks])
  // Memoized: progress messages re-render the page while the previous result stays on screen.
  const charts = useMemo(
    () => ({
      loss: linesOf(runs ?? [], (e) => e.trainLoss),
      accuracy: linesOf(runs ?? [], (e) => e.testAccuracy ?? NaN),
    }),
    [runs],
  )
  const stage = useRef<HTMLElement>(null)
  const planeSvg = () => {
    const svg = stage.current?.querySelector('.me-digits-plane svg')
    if (!svg) return null
    const copy = svg.cloneNode(true) as SVGSVGElement
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
    copy.setAttribute('width', String(PLANE_SIZE.width))
    copy.setAttribute('height', String(PLANE_SIZE.height))
    return new XMLSerializer().serializeToString(copy)
  }
  const exports = {
    csv: () =>
      training.trained &&
      download(
        'momentum-digits.csv',
        digitsCsv(
          training.trained,
          looks.map((l) => l.label),
        ),
        'text/csv',
      ),
    svg: () => {
      const text = planeSvg()
      if (text) download('momentum-digits.svg', text, 'image/svg+xml')
    },
    png: () => {
      const text = planeSvg()
      if (!text) return
      void svgToPng(text, PLANE_SIZE.width, PLANE_SIZE.height)
        .then((png) => download('momentum-digits.png', png))
        .catch(() => {}) // a browser that cannot rasterise SVG keeps the SVG download
    },
  }
  const progress = training.progress
  return (
    <div className="me-app me-digits">
      <header className="me-header">
        <h1>Momentum Explorer</h1>
        <p>
          A real network on real data: gradient descent and momentum train the same 64 → 32 → 10
          network on 1,347 handwritten digits, from the same initial weights, on the same
          mini-batches. <a href="./">Back to the 2D race</a>
        </p>
      </header>
      <Notices notices={notices} />
      <div className="me-layout-grid">
        <main className="me-stage" ref={stage}>
          <p className="me-digits-status" role="status">
            {training.error
              ? `Training failed: ${training.error}`
              : progress !== null
                ? `Training in a background worker… ${Math.round(100 * progress)} %`
                : 'Trained.'}
          </p>
          {progress !== null && !training.error && (
            <progress max={1} value={progress} aria-label="Training progress" />
          )}
          {training.trained && (
            <>
              <DigitsPlane
                trained={training.trained}
                landscape={training.landscape}
                looks={looks}
                cursor={cursor}
                onPick={setCursor}
              />
              <p className="me-digits-plane-note">{planeSentence(training.trained.explained)}</p>
            </>
          )}
          {runs && (
            <section className="me-model" aria-label="Training curves">
              <h2>Training curves</h2>
              <p className="me-model-summary" aria-live="polite">
                {trainingSummary(runs, shown.epochs)} {catchUpSentence(runs, shown.epochs)}
              </p>
              <TrainingCharts
                train={charts.loss}
                test={charts.accuracy}
                isClass
                epochs={shown.epochs}
                cursor={cursor}
                onPick={setCursor}
              />
              <p className="me-model-note">
                Left: the mean cross-entropy on the 1,347 training images after each epoch. Right:
                the share of the 450 held-out test images classified correctly. Each epoch is{' '}
                {training.trained?.runs[0]?.stepsPerEpoch ?? '–'} steps on shuffled mini-batches of{' '}
                {shown.batch}. Hover a chart to find that epoch on the paths, or a path to find it
                on the charts.
              </p>
              <div className="me-digits-exports">
                <button type="button" onClick={exports.csv}>
                  Download the curves (CSV)
                </button>
                <button type="button" onClick={exports.svg}>
                  Download the plot (SVG)
                </button>
                <button type="button" onClick={exports.png}>
                  Download the plot (PNG)
                </button>
              </div>
            </section>
          )}
        </main>
        <aside className="me-controls" aria-label="Controls">
          <DigitsControls params={params} onChange={setParams} />
          <p className="me-about">
            Data: the UCI “Optical Recognition of Handwritten Digits” set (E. Alpaydin, C. Kaynak,
            1998; the copy scikit-learn ships), licensed{' '}
            <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.
          </p>
        </aside>
      </div>
    </div>
  )
}
