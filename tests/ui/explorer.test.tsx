// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { convergedAt, getSurface, runTrajectory } from '../../src/core'
import { DEFAULT_MOMENTUM } from '../../src/state/params'
import { momentumToPosition } from '../../src/ui/momentumScale'
import { pathOf, renderExplorer } from '../fixtures/renderExplorer'

const momentumSliders = () => screen.getAllByRole('slider', { name: /^Momentum/ })

describe('the explorer page', () => {
  test('opens with gradient descent and the default momentum drawn on the ravine', () => {
    const { container } = renderExplorer()
    expect(screen.getByRole('img', { name: 'Gradient descent' })).toBeInTheDocument()
    expect(screen.getByRole('img', { name: `Momentum ${DEFAULT_MOMENTUM}` })).toBeInTheDocument()
    expect(container.querySelectorAll('path[data-trajectory]')).toHaveLength(2)
    expect(container.querySelectorAll('.me-contours path').length).toBeGreaterThan(5)
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/)
  })

  test('dragging a Momentum slider changes that run’s path and only that one', async () => {
    const { container } = renderExplorer()
    const gdBefore = pathOf(container, 'r1')
    const before = pathOf(container, 'r2')
    fireEvent.pointerDown(momentumSliders()[1]!)
    fireEvent.change(momentumSliders()[1]!, { target: { value: String(momentumToPosition(0.5)) } })
    // The path is drawn at once (in the step's own frame); the panels follow once the steps pause.
    const moved = pathOf(container, 'r2')
    expect(moved).not.toBe(before)
    expect(pathOf(container, 'r1')).toBe(gdBefore)
    expect(screen.getByRole('img', { name: 'Momentum 0.5' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Remove run 2 \(Momentum 0\.5\)/ })).toBeNull()
    expect(
      await screen.findByRole('button', { name: /^Remove run 2 \(Momentum 0\.5\)/ }),
    ).toBeVisible()
    expect(pathOf(container, 'r2')).toBe(moved)
    fireEvent.pointerUp(window)
  })

  test('dragging Momentum moves the slider and its spoken value, and a change from elsewhere too', () => {
    const { store } = renderExplorer()
    const slider = momentumSliders()[1]!
    fireEvent.pointerDown(slider)
    fireEvent.change(slider, { target: { value: String(momentumToPosition(0.5)) } })
    expect(store.getState().runs[1]!.momentum).toBe(0.5)
    expect(slider).toHaveValue(String(momentumToPosition(0.5))) // not put back by React
    expect(slider).toHaveAttribute('aria-valuetext', 'β = 0.5')
    fireEvent.pointerUp(window)
    // A change from elsewhere (a preset, the URL) moves the slider too.
    act(() => store.getState().setMomentum('r2', 0.99))
    expect(slider).toHaveValue(String(momentumToPosition(0.99)))
    expect(slider).toHaveAttribute('aria-valuetext', 'β = 0.99')
  })

  test('while a Momentum slider has focus, the other runs are drawn apart, under it', async () => {
    const { container, store } = renderExplorer()
    const layerOf = (id: string) =>
      container
        .querySelector(`path[data-trajectory="${id}"]`)
        ?.closest('svg')
        ?.getAttribute('class')
    expect([layerOf('r1'), layerOf('r2')]).toEqual(['me-plot', 'me-plot'])
    act(() => momentumSliders()[1]!.focus())
    expect([layerOf('r1'), layerOf('r2')]).toEqual(['me-plot-still', 'me-plot'])
    // Its steps still redraw it, and only it.
    const gd = pathOf(container, 'r1')
    fireEvent.change(momentumSliders()[1]!, { target: { value: String(momentumToPosition(0.5)) } })
    expect(await screen.findByRole('img', { name: 'Momentum 0.5' })).toBeInTheDocument()
    expect(pathOf(container, 'r1')).toBe(gd)
    // Playback changes every path: all are drawn in the runs' layer again.
    act(() => store.getState().setPlayhead(10))
    expect([layerOf('r1'), layerOf('r2')]).toEqual(['me-plot', 'me-plot'])
    act(() => store.getState().setPlayhead(null))
    expect(layerOf('r1')).toBe('me-plot-still')
    act(() => momentumSliders()[1]!.blur())
    expect([layerOf('r1'), layerOf('r2')]).toEqual(['me-plot', 'me-plot'])
    expect(screen.getByRole('img', { name: 'Gradient descent' })).toBeInTheDocument()
  })

  // A pointer drag and a key press are the same kind of step: drawn live, React once they pause.
  test.each([
    ['a drag step', true],
    ['a key press', false],
  ])(
    '%s on Momentum shows path, its row and β at once; legend and panels once the steps pause',
    async (_, drag) => {
      const { container, store } = renderExplorer()
      const slider = momentumSliders()[1]!
      const row = container.querySelector('[data-run="r2"]') as HTMLElement
      const legend = screen.getByRole('list', { name: 'Legend' })
      const before = pathOf(container, 'r2')
      if (drag) fireEvent.pointerDown(slider)
      fireEvent.change(slider, { target: { value: String(momentumToPosition(0.5)) } })
      expect(pathOf(container, 'r2')).not.toBe(before)
      expect(screen.getByRole('img', { name: 'Momentum 0.5' })).toBeInTheDocument()
      expect(within(row).getByRole('status')).toHaveTextContent('β = 0.5')
      expect(within(row).getByText('Momentum 0.5')).toBeVisible()
      // The legend, far from the slider, is React's: it follows once the steps pause.
      expect(within(legend).getByText(`Momentum ${DEFAULT_MOMENTUM}`)).toBeVisible()
      expect(screen.queryByRole('button', { name: /^Remove run 2 \(Momentum 0\.5\)/ })).toBeNull()
      expect(
        await screen.findByRole('button', { name: /^Remove run 2 \(Momentum 0\.5\)/ }),
      ).toBeVisible()
      expect(within(legend).getByText('Momentum 0.5')).toBeVisible()
      if (drag) fireEvent.pointerUp(window)
      // React, rendering later, finds the text it made in place and goes on updating it.
      act(() => store.getState().setMomentum('r2', 0.99))
      expect(within(row).getByRole('status')).toHaveTextContent('β = 0.99')
      expect(within(legend).getByText('Momentum 0.99')).toBeVisible()
    },
  )

  test('paused mid-playback, a key press on Momentum redraws the played path at once', () => {
    const { container, store } = renderExplorer()
    act(() => store.getState().setPlayhead(50))
    const before = pathOf(container, 'r2')
    fireEvent.change(momentumSliders()[1]!, { target: { value: String(momentumToPosition(0.5)) } })
    // Only whole paths are drawn live; a played path is React's, so the step is not held back.
    expect(pathOf(container, 'r2')).not.toBe(before)
    expect(screen.getByRole('button', { name: /^Remove run 2 \(Momentum 0\.5\)/ })).toBeVisible()
  })

  test('the summary states the core’s steps to converge', () => {
    renderExplorer()
    const ravine = getSurface('ravine')!
    const t = runTrajectory(ravine, {
      start: [-8, 1],
      lr: ravine.suggestedLr,
      momentum: DEFAULT_MOMENTUM,
      steps: 600,
    })
    const expected = convergedAt(t.points, ravine.minima, t.divergedAt)!
    const g = runTrajectory(ravine, {
      start: [-8, 1],
      lr: ravine.suggestedLr,
      momentum: 0,
      steps: 600,
    })
    const gd = convergedAt(g.points, ravine.minima, g.divergedAt)!
    const results = screen.getByRole('region', { name: 'Results' })
    expect(
      within(results).getByText(new RegExp(`converged in ${expected} steps`)),
    ).toBeInTheDocument()
    const ratio = String(Number((gd / expected).toPrecision(2))).replace('.', '\\.')
    expect(results).toHaveTextContent(
      new RegExp(
        `Momentum ${DEFAULT_MOMENTUM} reached the minimum ${ratio}× sooner than gradient descent \\(${expected} steps against ${gd}\\)`,
      ),
    )
  })

  test('changing the surface redraws the contours and moves the start', () => {
    const { container, store } = renderExplorer()
    const before = container.querySelector('.me-contours path')?.getAttribute('d')
    fireEvent.change(screen.getByRole('combobox', { name: 'Surface' }), {
      target: { value: 'rosenbrock' },
    })
    expect(container.querySelector('.me-contours path')?.getAttribute('d')).not.toBe(before)
    expect(store.getState().start).toEqual([-1.2, 1])
    expect(store.getState().lr).toBe(0.001)
  })

  test('Add run adds a path (up to six), Remove takes one away', () => {
    const { container } = renderExplorer()
    const add = screen.getByRole('button', { name: 'Add run' })
    fireEvent.click(add)
    expect(container.querySelectorAll('path[data-trajectory]')).toHaveLength(3)
    for (let i = 0; i < 5; i++) fireEvent.click(add)
    expect(container.querySelectorAll('path[data-trajectory]')).toHaveLength(6)
    expect(add).toBeDisabled()
    fireEvent.click(screen.getByRole('button', { name: /Remove run 3/ }))
    expect(container.querySelectorAll('path[data-trajectory]')).toHaveLength(5)
  })

  test('the learning-rate slider is log-scaled and shared by every run', () => {
    const { container, store } = renderExplorer()
    const before = [pathOf(container, 'r1'), pathOf(container, 'r2')]
    fireEvent.change(screen.getByRole('slider', { name: 'Learning rate' }), {
      target: { value: '-200' },
    })
    expect(store.getState().lr).toBeCloseTo(0.01, 12)
    expect(pathOf(container, 'r1')).not.toBe(before[0])
    expect(pathOf(container, 'r2')).not.toBe(before[1])
  })

  test('Side by side draws one panel per run', () => {
    const { container } = renderExplorer()
    fireEvent.click(screen.getByRole('radio', { name: 'Side by side' }))
    expect(container.querySelectorAll('.me-panel')).toHaveLength(2)
    expect(container.querySelectorAll('.me-panel path[data-trajectory]')).toHaveLength(2)
  })

  test('arrow keys on the focused plot move the start point', () => {
    const { store } = renderExplorer()
    const plot = screen.getByRole('application')
    fireEvent.keyDown(plot, { key: 'ArrowRight' })
    expect(store.getState().start[0]).toBeCloseTo(-8 + 0.2, 9)
    fireEvent.keyDown(plot, { key: 'ArrowUp', shiftKey: true })
    expect(store.getState().start[1]).toBeCloseTo(1 + 0.5, 9)
  })

  test('Step draws one more step and shows the arrows at that step', async () => {
    const { container, store } = renderExplorer()
    fireEvent.click(screen.getByRole('button', { name: 'Step' }))
    expect(store.getState().playhead).toBe(1)
    expect(pathOf(container, 'r1').split('L')).toHaveLength(2)
    // The arrows' code loads when a cursor first shows.
    await waitFor(() =>
      expect(container.querySelectorAll('.me-cursor line').length).toBeGreaterThan(0),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }))
    expect(store.getState().playhead).toBe(0)
  })

  test('a preset loads its whole story', () => {
    const { store } = renderExplorer()
    fireEvent.click(screen.getByRole('button', { name: 'Too much momentum' }))
    expect(store.getState().runs.map((r) => r.momentum)).toEqual([0, 0.75, 0.97])
    expect(screen.getByRole('img', { name: 'Momentum 0.97' })).toBeInTheDocument()
  })

  test('the real-model preset loads the model code, then trains with mini-batches', async () => {
    const { container, store } = renderExplorer()
    fireEvent.click(screen.getByRole('button', { name: 'Training a real model' }))
    await waitFor(() => expect(store.getState().surface).toBe('logreg'), { timeout: 15_000 })
    expect(store.getState().batch).toBe(40)
    // 30 epochs of 200 examples in batches of 40: 150 steps, 151 points.
    // Steps count epochs here: playback and the step readout go through all 150 mini-batch steps.
    await waitFor(() => expect(screen.getByText('step 150 / 150')).toBeInTheDocument())
    expect(pathOf(container, 'r2').split('L').length).toBeGreaterThan(50)
    // Its contours come from the grid worker (here the main-thread fallback): wait for them;
    // meanwhile the plot says so, and the note goes when they arrive.
    await waitFor(
      () => expect(container.querySelectorAll('.me-contours path').length).toBeGreaterThan(5),
      {
        timeout: 10000,
      },
    )
    expect(screen.getByRole('spinbutton', { name: 'Epochs' })).toHaveValue(30)
  }, 30_000) // it loads two lazy chunks (models, training) and samples a grid in jsdom

  test('a diverging run says so and puts no NaN or Infinity into the page', () => {
    const { container } = renderExplorer({ lr: 5 })
    expect(screen.getByRole('region', { name: 'Results' })).toHaveTextContent(
      /diverged at step \d+/,
    )
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/)
  })

  test('the update rules panel loads when opened and shows the current α and β', async () => {
    const { container } = renderExplorer()
    const details = container.querySelector('details.me-explain') as HTMLDetailsElement
    expect(details).not.toHaveTextContent('Heavy ball')
    details.open = true
    fireEvent(details, new Event('toggle'))
    expect(await screen.findByText(/w ← w − 0\.0195·g/)).toBeInTheDocument()
    expect(details).toHaveTextContent(`v ← ${DEFAULT_MOMENTUM}·v + g`)
  })

  test('two explorers on one page never share state', () => {
    const a = renderExplorer()
    const b = renderExplorer()
    act(() => a.store.getState().setMomentum('r2', 0.5))
    expect(a.store.getState().runs[1]!.momentum).toBe(0.5)
    expect(b.store.getState().runs[1]!.momentum).toBe(DEFAULT_MOMENTUM)
  })
})
