// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { heavyBallRate, nearestRow } from '../../../src/core'
import { defaultParams } from '../../../src/state/params'
import { mapFrame } from '../../../src/ui/map/mapLayout'
import { loadSurfaces } from '../../fixtures/reference'
import { pathOf } from '../../fixtures/renderExplorer'
import {
  expectedMap,
  fakeCanvas,
  grid,
  mapReady,
  panel,
  renderMap,
  status,
  theMap,
} from './renderMap'

/** Pretends the map is laid out at 1 CSS pixel per view unit, then returns a cell's centre. */
function layOut(rows: number, cols: number) {
  vi.spyOn(theMap(), 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width: 600, height: 380 }),
  )
  const frame = mapFrame(rows, cols)
  return (row: number, col: number) => ({ clientX: frame.x(col), clientY: frame.y(row) })
}

beforeEach(() => {
  fakeCanvas()
})
afterEach(() => vi.restoreAllMocks())

describe('tuning map gestures', () => {
  test('clicking a cell gives the selected run its momentum and every run its lr', async () => {
    const { store, container } = renderMap({}, grid)
    await mapReady()
    const map = expectedMap()
    const before = pathOf(container, 'r2')
    const at = layOut(20, 24)
    fireEvent.click(theMap(), at(15, 7))
    const s = store.getState()
    expect(s.lr).toBeCloseTo(map.lrs[7]!, 6)
    expect(s.runs[1]!.momentum).toBeCloseTo(map.momenta[15]!, 4)
    expect(s.selectedRunId).toBe('r2')
    expect(pathOf(container, 'r2')).not.toBe(before)
    // Run 2's mark moved to the clicked cell.
    const mark = container.querySelector('.me-map-mark[data-run="r2"]')!
    const { clientX, clientY } = at(15, 7)
    expect(mark.getAttribute('transform')).toBe(
      `translate(${clientX.toFixed(1)},${clientY.toFixed(1)})`,
    )
  })

  test('hovering a cell previews it as a ghost on the contours; leaving clears it', async () => {
    const { store, container } = renderMap({}, grid)
    await mapReady()
    const map = expectedMap()
    const at = layOut(20, 24)
    fireEvent.mouseMove(theMap(), at(12, 20))
    expect(store.getState().ghost).toEqual({
      lr: map.lrs[20],
      momentum: map.momenta[12],
      rule: 'heavy-ball',
    })
    // The ghost path's code loads on the first hover (the plot's first paint does not need it).
    await waitFor(() => expect(container.querySelector('path.me-ghost')).not.toBeNull())
    expect(panel()).toHaveTextContent(
      /α = .*, β = .*: (converged in \d+ steps|diverged at step \d+|not converged in 600 steps)/,
    )
    fireEvent.mouseLeave(theMap())
    expect(store.getState().ghost).toBeNull()
    expect(container.querySelector('path.me-ghost')).toBeNull()
  })

  test('every run is marked, the selected one ringed; theory draws the edge and the optimum', async () => {
    const { container } = renderMap({}, grid)
    await mapReady()
    expect(container.querySelectorAll('.me-map-mark')).toHaveLength(2)
    expect(container.querySelector('.me-map-mark[data-run="r2"] .me-map-mark-ring')).not.toBeNull()
    expect(container.querySelector('.me-map-mark[data-run="r1"] .me-map-mark-ring')).toBeNull()
    expect(container.querySelector('[data-theory="edge"]')!.getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+(L[\d.-]+,[\d.]+){19}$/,
    )
    expect(container.querySelector('[data-theory="optimum"]')).not.toBeNull()
    expect(container.querySelector('[data-theory="gd-edge"]')).not.toBeNull()
  })

  test('Snap to optimal sets the reference’s optimal pair on the ravine', async () => {
    const { store } = renderMap({}, grid)
    await mapReady()
    const q = loadSurfaces().find((s) => s.id === 'ravine')!.quadratic!
    fireEvent.click(screen.getByRole('button', { name: 'Snap to optimal' }))
    const s = store.getState()
    expect(s.lr).toBeCloseTo(q.momentumBestLr, 5)
    expect(s.runs[1]!.momentum).toBeCloseTo(q.momentumBestMomentum, 4)
    expect(status()).toHaveTextContent(/snapped to the optimal pair/)
    expect(screen.getByRole('slider', { name: 'Momentum β, run 2' })).toHaveAttribute(
      'aria-valuetext',
      'β = 0.669',
    )
  })

  test('predicted and measured rates agree for the selected run', async () => {
    // Underdamped (β = 0.9 at α = 0.018): the measured rate settles on the asymptotic one quickly.
    const runs = [
      defaultParams().runs[0]!,
      { id: 'r2', momentum: 0.9, rule: 'heavy-ball' as const },
    ]
    renderMap({ lr: 0.018, runs }, grid)
    await mapReady()
    const text = screen.getByTestId('map-rates').textContent!
    const [, predicted, measured] = /predicted (\d[\d.]*\d), measured (\d[\d.]*\d)/.exec(text)!
    const theory = heavyBallRate(0.018, 0.9, 1, 100)
    expect(Number(predicted)).toBeCloseTo(theory, 3)
    expect(Math.abs(Number(measured) - theory)).toBeLessThan(0.01)
  })

  test('the predicted rate is of the learning rate the measured run was run at', async () => {
    const runs = [
      defaultParams().runs[0]!,
      { id: 'r2', momentum: 0.3, rule: 'heavy-ball' as const },
    ]
    // Overdamped at β = 0.3: the rate depends on the learning rate (underdamped, it is √β).
    const { store } = renderMap({ lr: 0.018, runs }, grid)
    await mapReady()
    const predicted = () =>
      Number(/predicted (\d[\d.]*\d)/.exec(screen.getByTestId('map-rates').textContent!)![1])
    expect(predicted()).toBeCloseTo(heavyBallRate(0.018, 0.3, 1, 100), 3)
    // The measured rate waits for the settled results; the predicted one waits with it.
    act(() => store.getState().setLr(0.012))
    expect(predicted()).toBeCloseTo(heavyBallRate(0.018, 0.3, 1, 100), 3)
    await waitFor(() => expect(predicted()).toBeCloseTo(heavyBallRate(0.012, 0.3, 1, 100), 3))
  })

  test('Tune learning rate picks the fastest lr of the run’s row and says it is shared', async () => {
    const { store } = renderMap({}, grid)
    await mapReady()
    fireEvent.change(screen.getByRole('combobox', { name: 'Run:' }), { target: { value: 'r1' } })
    fireEvent.click(screen.getByRole('button', { name: 'Tune learning rate for this run' }))
    // Plain GD's row: the converged cell with the fewest steps, found here by a plain scan.
    const map = expectedMap()
    const row = nearestRow(map, 0)
    let bestSteps = Infinity
    for (let c = 0; c < grid.lrCount; c++) {
      const k = map.convergedAt[row * grid.lrCount + c]!
      if (k >= 0) bestSteps = Math.min(bestSteps, k)
    }
    const chosen = map.lrs.findIndex((lr) => Math.abs(lr - store.getState().lr) / lr < 1e-3)
    expect(chosen).toBeGreaterThanOrEqual(0)
    expect(map.convergedAt[row * grid.lrCount + chosen]).toBe(bestSteps)
    expect(status()).toHaveTextContent(/shared, so every run now uses it/)
  })

  test('Cancel stops the computation and Compute again finishes it', async () => {
    renderMap({}, { lrCount: 25, momentumCount: 21 })
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Compute again' }))
    await mapReady()
    expect(panel()).toHaveAttribute('data-state', 'ready')
  })

  test('the map follows the selected run’s rule: Nesterov has an edge but no closed-form optimum', async () => {
    const { store, container } = renderMap({}, grid)
    act(() => store.getState().setRule('r2', 'nesterov'))
    expect(panel()).toHaveTextContent(/with Nesterov/)
    await mapReady()
    expect(container.querySelector('[data-theory="edge"]')).not.toBeNull()
    expect(container.querySelector('[data-theory="optimum"]')).toBeNull()
    expect(screen.getByRole('button', { name: 'Snap to optimal' })).toBeDisabled()
  })

  test('non-quadratic surfaces get the map without theory', async () => {
    const { container } = renderMap({ surface: 'rosenbrock' }, grid)
    await mapReady()
    expect(container.querySelector('[data-theory]')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Snap to optimal' })).not.toBeInTheDocument()
    expect(container.querySelectorAll('.me-map-mark')).toHaveLength(2)
  })
})
