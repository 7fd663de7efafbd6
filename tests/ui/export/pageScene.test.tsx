/** @vitest-environment jsdom */
import { expect, test } from 'vitest'
import { getSurface } from '../../../src/core/surfaces'
import { createResultsSource } from '../../../src/state/results'
import { pageScene } from '../../../src/ui/export/pageScene'
import { comparison } from '../../../src/ui/summaryText'
import { renderExplorer } from '../../fixtures/renderExplorer'

test('the scene holds the plot’s own contour paths, runs and comparing sentence', () => {
  const { store, container } = renderExplorer({ surface: 'ravine' })
  const state = store.getState()
  const results = createResultsSource(store).get()
  const surface = getSurface('ravine')!
  const scene = pageScene(container, state, surface, results, state.steps)
  const drawn = Array.from(container.querySelectorAll('svg.me-plot-bg .me-contours path'))
  expect(drawn.length).toBeGreaterThan(5)
  expect(scene.contours.map((c) => c.d)).toEqual(drawn.map((p) => p.getAttribute('d')))
  expect(scene.contours.map((c) => c.fill)).toEqual(drawn.map((p) => p.getAttribute('fill')))
  expect([scene.plotWidth, scene.plotHeight]).toEqual([640, 400])
  expect(scene.runs.map((r) => r.label)).toEqual(results.map((r) => r.label))
  expect(scene.runs[0]!.points).toHaveLength(2 * results[0]!.trajectory.points.length)
  expect(scene.caption).toBe(comparison(results, state.steps, surface))
  expect(scene.caption).toMatch(/sooner|converged|as long/)
  expect(scene.total).toBe(state.steps)
})

test('with no plot on screen, the contours come from the same function the plot uses', () => {
  const { store } = renderExplorer({ surface: 'ravine' })
  const state = store.getState()
  const results = createResultsSource(store).get()
  const scene = pageScene(null, state, getSurface('ravine')!, results, state.steps)
  expect(scene.contours.length).toBeGreaterThan(5)
  expect(scene.contours.every((c) => /^M[\d.-]+,[\d.-]+L/.test(c.d))).toBe(true)
})
