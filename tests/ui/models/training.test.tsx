// @vitest-environment jsdom
// A heavy model link trains off the render: the figure draws at once with the runs' starts, a
// status line shows progress with Cancel, and a notice says what the cap on training cut.
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, expect, test } from 'vitest'
import { pageCatalog as catalog } from '../../../src/state/catalog'
import { resetTraining } from '../../../src/state/training'
import { pathOf, renderExplorer } from '../../fixtures/renderExplorer'

beforeAll(async () => {
  await Promise.all([catalog.loadModels(), import('../../../src/ui/models/TrainingStatus')])
}, 30_000)
afterEach(() => resetTraining())

const heavy = {
  surface: 'logreg',
  lr: 0.5,
  steps: 2000,
  batch: 1,
  runs: [
    { id: 'r1', momentum: 0, rule: 'heavy-ball' as const },
    { id: 'r2', momentum: 0.9, rule: 'heavy-ball' as const },
  ],
}

test('batch 1 × 2000 epochs trains in the background, capped, then draws every step', async () => {
  const { container, store } = renderExplorer(heavy)
  // Drawn at once: a run holds its start while it trains, so no path has a segment yet.
  expect(pathOf(container, 'r1')).not.toMatch(/L/)
  await screen.findByRole('progressbar', { name: 'Training progress' }, { timeout: 8000 })
  expect(screen.getByRole('button', { name: 'Cancel training' })).toBeInTheDocument()
  expect(
    screen.getByText(
      /Training capped at 30 epochs of the 2000 asked for: 2 runs × 200 mini-batches/,
    ),
  ).toHaveTextContent('of 1 example per epoch would pass the limit of 12,000 steps in all.')
  // 30 × 200 steps (a few share a pixel with the step before and are not drawn).
  await waitFor(() => expect(pathOf(container, 'r2').split('L').length).toBeGreaterThan(5500), {
    timeout: 15_000,
  })
  await waitFor(() => expect(pathOf(container, 'r1').split('L').length).toBeGreaterThan(1000), {
    timeout: 15_000,
  })
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 15_000 })
  expect(store.getState().steps).toBe(2000) // the cap is the training's, not the link's
}, 30_000)

test('Cancel stops the training and says so; a changed setting trains again', async () => {
  const { container, store } = renderExplorer(heavy)
  fireEvent.click(await screen.findByRole('button', { name: 'Cancel training' }, { timeout: 8000 }))
  expect(
    await screen.findByText(/Training cancelled: the runs show their start only/),
  ).toBeVisible()
  expect(pathOf(container, 'r2')).not.toMatch(/L/)
  store.getState().setSteps(3)
  await waitFor(() => expect(pathOf(container, 'r2').split('L').length).toBeGreaterThan(500), {
    timeout: 15_000,
  })
  expect(screen.queryByText(/Training cancelled/)).toBeNull()
}, 30_000)
