// @vitest-environment jsdom
// The training-curve panel inside the whole explorer, on the logistic-regression preset.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, test } from 'vitest'
import { getModel, runModelTrajectory, trainingPreset } from '../../../src/core/models'
import { pageCatalog as catalog } from '../../../src/state/catalog'
import { renderExplorer } from '../../fixtures/renderExplorer'

// Load the models and the lazily imported panel chunk up front, so no test spends its time budget
// on a cold import (slow on a busy machine).
beforeAll(async () => {
  await Promise.all([catalog.loadModels(), import('../../../src/ui/models/ModelPanel')])
}, 30_000)

const p = trainingPreset
const preset = {
  surface: p.surface,
  lr: p.lr,
  start: p.start,
  steps: p.epochs,
  batch: p.batchSize,
  seed: p.seed,
  runs: p.momenta.map((momentum, i) => ({
    id: `r${i + 1}`,
    momentum,
    rule: 'heavy-ball' as const,
  })),
}

async function renderPanel(overrides: Partial<typeof preset> = {}) {
  const utils = renderExplorer({ ...preset, ...overrides })
  // The panel is a lazily loaded chunk: the first import in a cold run can take a few seconds.
  const panel = await screen.findByRole('region', { name: 'Training curves' }, { timeout: 8000 })
  await within(panel).findByRole('figure', { name: /training loss/i }, { timeout: 8000 })
  return { ...utils, panel }
}
const charts = (panel: HTMLElement) => within(panel).getAllByRole('figure')
const lineOf = (chart: HTMLElement, runId: string) =>
  chart.querySelector(`path[data-epoch-line="${runId}"]`)?.getAttribute('d') ?? ''

// Rendering the whole explorer in jsdom is slow when other suites run alongside: allow for it.
describe('model panel', { timeout: 20_000 }, () => {
  test('shows a training-loss and a test-accuracy chart with one line per run', async () => {
    const { panel } = await renderPanel()
    const [loss, accuracy] = charts(panel)
    expect(loss).toHaveAccessibleName(/training loss/i)
    expect(accuracy).toHaveAccessibleName(/test accuracy/i)
    for (const chart of [loss!, accuracy!]) {
      expect(chart.querySelectorAll('path[data-epoch-line]')).toHaveLength(2)
      // 31 points (epochs 0–30): one M and 30 L commands, none of them NaN.
      expect(lineOf(chart, 'r2').split('L')).toHaveLength(31)
      expect(lineOf(chart, 'r2')).not.toMatch(/NaN/)
    }
    expect(within(panel).getByText('Momentum 0.9')).toBeInTheDocument()
  })

  test('the sentence reports the core’s final training loss and test accuracy, best run first', async () => {
    const { panel } = await renderPanel()
    const model = getModel('logreg')!
    const last = (momentum: number) =>
      runModelTrajectory(model, {
        start: p.start,
        lr: p.lr,
        momentum,
        epochs: p.epochs,
        batchSize: p.batchSize,
        seed: p.seed,
      }).epochs.at(-1)!
    const gd = last(0)
    const mom = last(0.9)
    const pct = (a: number | null) => `${Math.round(a! * 100)} %`
    const expected =
      `After 30 epochs, momentum 0.9 reached a training loss of ${mom.trainLoss.toPrecision(2)}` +
      ` and ${pct(mom.testAccuracy)} test accuracy; gradient descent` +
      ` ${gd.trainLoss.toPrecision(2)} and ${pct(gd.testAccuracy)}.`
    expect(within(panel).getByText(expected)).toBeInTheDocument()
  })

  test('dragging Momentum of run 2 redraws run 2’s lines in both charts, not run 1’s', async () => {
    const { panel } = await renderPanel()
    const before = charts(panel).map((c) => [lineOf(c, 'r1'), lineOf(c, 'r2')])
    fireEvent.change(screen.getByRole('slider', { name: 'Momentum β, run 2' }), {
      target: { value: '500' },
    })
    // The charts follow just after the frame that draws the step on the plot.
    await waitFor(
      () => charts(panel).forEach((c, i) => expect(lineOf(c, 'r2')).not.toBe(before[i]![1])),
      { timeout: 8000 },
    )
    // The accuracy axis is fixed (0–100 %), so run 1's unchanged numbers draw the same line there.
    expect(lineOf(charts(panel)[1]!, 'r1')).toBe(before[1]![0])
    expect(within(panel).getByText(/momentum 0\.5/)).toBeInTheDocument()
  })

  test('the batch-size menu changes the curves and the store', async () => {
    const { panel, store } = await renderPanel()
    const before = lineOf(charts(panel)[0]!, 'r1')
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Batch size' }), {
      target: { value: '0' },
    })
    expect(store.getState().batch).toBe(0)
    // The panel follows the settled results (after the input pauses), as the loss chart does.
    await waitFor(() => expect(lineOf(charts(panel)[0]!, 'r1')).not.toBe(before), {
      timeout: 8000,
    })
    expect(within(panel).getByText(/one step on the whole training set/)).toBeInTheDocument()
    expect(within(panel).getByRole('spinbutton', { name: 'Shuffle seed' })).toBeDisabled()
  })

  test('the seed changes mini-batch curves', async () => {
    const { panel, store } = await renderPanel()
    const before = lineOf(charts(panel)[0]!, 'r1')
    fireEvent.change(within(panel).getByRole('spinbutton', { name: 'Shuffle seed' }), {
      target: { value: '7' },
    })
    expect(store.getState().seed).toBe(7)
    await waitFor(() => expect(lineOf(charts(panel)[0]!, 'r1')).not.toBe(before), {
      timeout: 8000,
    })
  })

  test('“Standardise the feature” switches to the scaled surface and back', async () => {
    const { panel, store } = await renderPanel()
    const toggle = within(panel).getByRole('checkbox', { name: 'Standardise the feature' })
    expect(toggle).not.toBeChecked()
    fireEvent.click(toggle)
    expect(store.getState().surface).toBe('logreg-scaled')
    expect(store.getState().lr).toBe(getModel('logreg-scaled')!.surface.suggestedLr)
    expect(toggle).toBeChecked()
    fireEvent.click(toggle)
    expect(store.getState().surface).toBe('logreg')
  })

  test('the preset button restores “Training a real model”', async () => {
    const { panel, store } = await renderPanel({ batch: 0, lr: 0.3, runs: [preset.runs[1]!] })
    fireEvent.click(within(panel).getByRole('button', { name: 'Training a real model' }))
    const s = store.getState()
    expect([s.surface, s.lr, s.steps, s.batch, s.seed]).toEqual(['logreg', 0.1, 30, 40, 1])
    expect(s.runs.map((r) => r.momentum)).toEqual([0, 0.9])
  })

  test('the epoch cursor follows the page’s step, and the arrow keys move the page’s step', async () => {
    const { panel, store } = await renderPanel()
    const [lossSlider] = within(panel).getAllByRole('slider')
    store.getState().setHoverStep(37) // 5 steps an epoch: step 37 is in epoch 7
    expect(await within(panel).findAllByRole('slider', { value: { now: 7 } })).toHaveLength(2)
    expect(panel.querySelectorAll('.me-step-cursor')).toHaveLength(2)
    fireEvent.keyDown(lossSlider!, { key: 'ArrowRight' })
    expect(store.getState().hoverStep).toBe(40) // epoch 8 ends at step 40
    store.getState().setHoverStep(null)
    store.getState().setPlayhead(12)
    expect(await within(panel).findAllByRole('slider', { value: { now: 2 } })).toHaveLength(2)
  })

  test('regression shows the test loss instead of an accuracy', async () => {
    const { panel } = await renderPanel({ surface: 'linreg', lr: 0.03, start: [0, 45] })
    expect(charts(panel)[1]).toHaveAccessibleName(/test loss/i)
    expect(
      within(panel).getByText(/reached a training loss of .* and a test loss of/),
    ).toBeVisible()
  })
})
