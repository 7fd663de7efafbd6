import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useCatalog, useExplorer } from '../../state/context'
import { useSettledRunResults } from '../../state/hooks'
import { cursorEpoch, epochRuns, isClassification, linesOf, trainingSummary } from './epochSeries'
import { ModelControls } from './ModelControls'
import { TrainingCharts } from './TrainingCharts'
import { trainingCaveat } from './trainingCaveat'
import './models.css'

/**
 * Training a real model (issue #6): training loss and test accuracy (or test loss) per epoch, a
 * line per run, side by side; the epoch cursor follows the contour view's step cursor and back.
 */
export default function ModelPanel({ hasText = true }: { hasText?: boolean }) {
  // Settled, as the loss charts: rendered as a transition, never in the same task as the plot.
  const results = useSettledRunResults()
  const s = useExplorer(
    useShallow((st) => ({
      steps: st.steps,
      surface: st.surface,
      step: st.hoverStep ?? st.playhead,
      setHoverStep: st.setHoverStep,
    })),
  )
  const data = useMemo(() => epochRuns(results), [results])
  const model = useCatalog().model(s.surface)
  // The epochs the runs were asked to train: the link's, or fewer where the cap on training applies.
  const epochs = data?.epochCount ?? s.steps
  const charts = useMemo(() => {
    if (!data) return null
    const isClass = isClassification(data.runs)
    return {
      isClass,
      train: linesOf(data.runs, (e) => e.trainLoss),
      test: linesOf(data.runs, (e) => (isClass ? (e.testAccuracy ?? NaN) : e.testLoss)),
      summary: trainingSummary(data.runs, epochs),
      caveat: model ? trainingCaveat(data.runs, model) : null,
    }
  }, [data, epochs, model])
  if (!data || !charts) {
    return (
      <section className="me-model" aria-label="Training curves">
        <h2>Training curves</h2>
        <p>Loading the model…</p>
      </section>
    )
  }
  const cursor = cursorEpoch(s.step, data.stepsPerEpoch, epochs)
  // The chart picks an epoch; the page's cursor is a step: the last step of that epoch.
  const pick = (epoch: number | null) =>
    s.setHoverStep(epoch === null ? null : epoch * data.stepsPerEpoch)
  const perEpoch =
    data.stepsPerEpoch === 1
      ? 'Each epoch is one step on the whole training set (full batch).'
      : `Each epoch is ${data.stepsPerEpoch} steps on shuffled mini-batches of ${data.batchSize} students.`
  return (
    <section className="me-model" aria-label="Training curves">
      <h2>Training curves</h2>
      {/* The story says these sentences itself (src/ui/story/storyTextLate.ts). */}
      {hasText && (
        <p className="me-model-summary" aria-live="polite">
          {charts.summary}
        </p>
      )}
      {hasText && charts.caveat && <p className="me-model-caveat">{charts.caveat}</p>}
      <TrainingCharts
        train={charts.train}
        test={charts.test}
        isClass={charts.isClass}
        epochs={epochs}
        cursor={cursor}
        onPick={pick}
      />
      <p className="me-model-note">
        {charts.isClass
          ? 'Left: the loss on the 200 training students after each pass over them. Right: the share of 100 unseen test students the model classifies correctly. '
          : 'Left: the mean squared error on the 200 training students after each pass over them. Right: the same error on 100 unseen test students. '}
        {perEpoch} Hover a chart to find that epoch on the contours.
      </p>
      <ModelControls />
    </section>
  )
}
