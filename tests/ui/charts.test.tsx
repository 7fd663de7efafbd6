// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, test } from 'vitest'
import { ExplorerProvider } from '../../src/state/context'
import { defaultParams } from '../../src/state/params'
import { createExplorerStore } from '../../src/state/store'
import { LossChart, lossFloor, lossRange } from '../../src/ui/LossChart'
import { rangeRuns } from '../../src/render/chartScales'
import { UpdateChart } from '../../src/ui/UpdateChart'
import { getSurface, runTrajectory, type Surface } from '../../src/core'
import type { RunResult } from '../../src/state/hooks'

// Past GD's stability limit on the ravine (2 / 100 = 0.02): GD diverges, momentum 0.9 does not.
const params = {
  ...defaultParams('ravine'),
  lr: 0.0215,
  steps: 300,
  start: [-8, 1] as const,
  runs: [
    { id: 'gd', momentum: 0, rule: 'heavy-ball' as const },
    { id: 'm', momentum: 0.9, rule: 'heavy-ball' as const },
  ],
}

function renderChart(chart: 'loss' | 'update') {
  const store = createExplorerStore(params)
  const utils = render(
    <ExplorerProvider store={store}>
      <Suspense fallback={null}>{chart === 'loss' ? <LossChart /> : <UpdateChart />}</Suspense>
    </ExplorerProvider>,
  )
  return { store, ...utils }
}

/** Gives an element a 640 × 180 CSS box at the page's top left (jsdom lays nothing out). */
function giveBox(el: Element) {
  el.getBoundingClientRect = () =>
    ({ left: 0, top: 0, width: 640, height: 180, right: 640, bottom: 180 }) as DOMRect
}

const surface = getSurface('ravine') as Surface
const resultOf = (id: string, momentum: number) =>
  ({
    run: { id, momentum, rule: 'heavy-ball' },
    label: momentum === 0 ? 'Gradient descent' : `Momentum ${momentum}`,
    trajectory: runTrajectory(surface, { start: [-8, 1], lr: 0.0215, momentum, steps: 300 }),
  }) as unknown as RunResult

describe('chart ranges', () => {
  const gd = resultOf('gd', 0)
  const momentum = resultOf('m', 0.9)

  test('a diverged run does not stretch the loss axis', () => {
    expect(gd.trajectory.divergedAt).not.toBeNull()
    expect(momentum.trajectory.divergedAt).toBeNull()
    const kept = rangeRuns([gd, momentum])
    expect(kept).toEqual([momentum])
    const floor = lossFloor(surface.minima, kept)
    const { hi } = lossRange(kept, floor)
    const momentumTop = Math.max(...momentum.trajectory.losses.slice(0, 50)) - floor
    expect(hi).toBeCloseTo(momentumTop, 6)
    const withGd = lossRange([gd, momentum], floor).hi
    expect(withGd).toBeGreaterThan(hi * 1e3) // what the axis would have been stretched to
  })

  test('when every run diverged, the range comes from all of them', () => {
    expect(rangeRuns([gd])).toEqual([gd])
  })
})

describe('the loss chart', () => {
  test('scrubbing shows the step and each run’s loss in a readout, and a diverged run says so', () => {
    renderChart('loss')
    const slider = screen.getByRole('slider', { name: /step cursor on the loss chart/i })
    expect(screen.getByText(/hover, tap or use the arrow keys/i)).toBeInTheDocument()
    act(() => slider.focus())
    fireEvent.keyDown(slider, { key: 'PageUp' })
    expect(slider).toHaveAttribute('aria-valuenow', '10')
    const readout = screen.getByText(/^Step 10:/)
    expect(readout.textContent).toMatch(/Gradient descent \d/)
    expect(readout.textContent).toMatch(/Momentum 0\.9 \d/)
    for (let i = 0; i < 30; i++) fireEvent.keyDown(slider, { key: 'PageUp' })
    expect(screen.getByText(/^Step 300:/).textContent).toMatch(
      /Gradient descent diverged at step \d+/,
    )
  })

  test('a tap leaves the cursor; a mouse leaving the chart takes it away', () => {
    const { container, store } = renderChart('loss')
    const svg = screen.getByRole('slider', { name: /step cursor/i })
    giveBox(svg)
    fireEvent.pointerDown(svg, { clientX: 320, pointerType: 'touch' })
    fireEvent.pointerLeave(svg, { pointerType: 'touch' })
    const step = store.getState().hoverStep
    expect(step).toBeGreaterThan(100)
    expect(container.querySelector('.me-step-cursor')).not.toBeNull()
    expect(screen.getByText(new RegExp(`^Step ${step}:`))).toBeInTheDocument()
    fireEvent.pointerLeave(svg, { pointerType: 'mouse' })
    expect(store.getState().hoverStep).toBeNull()
    expect(container.querySelector('.me-step-cursor')).toBeNull()
  })

  test('has step ticks along x and labelled log ticks along y', () => {
    const { container } = renderChart('loss')
    const labels = [...container.querySelectorAll('.me-axes text')].map((t) => t.textContent)
    expect(labels).toContain('step')
    expect(labels).toContain('0')
    expect(labels.some((l) => /^[1-9](\.\d+)?e-?\d+$|^0\.0*[1-9]/.test(l ?? ''))).toBe(true)
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/)
  })
})

describe('the across/along charts', () => {
  test('have axes with labels and a tap leaves a cursor on both', () => {
    const { container, store } = renderChart('update')
    const charts = screen.getAllByRole('img')
    expect(charts).toHaveLength(2)
    for (const chart of charts) {
      const labels = [...chart.querySelectorAll('.me-axes text')].map((t) => t.textContent)
      expect(labels).toContain('step')
      expect(labels).toContain('0')
      expect(labels.length).toBeGreaterThan(4)
    }
    const first = charts[0] as Element
    giveBox(first)
    fireEvent.pointerDown(first, { clientX: 320, pointerType: 'touch' })
    fireEvent.pointerLeave(first, { pointerType: 'touch' })
    expect(store.getState().hoverStep).toBeGreaterThan(0)
    expect(container.querySelectorAll('.me-step-cursor')).toHaveLength(2)
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/)
  })
})

describe('the step charts name their axes by what they measure', () => {
  test.each([
    ['ravine', 'Step across the valley'], // a quadratic valley
    ['rosenbrock', 'Step across the valley'], // no quadratic, but a clear steep axis at (1, 1)
    ['himmelblau', 'Step in y'], // κ ≈ 3 at (3, 2): a round bowl, no "across"
  ])('%s: %s', async (id, title) => {
    const store = createExplorerStore({ ...defaultParams(id), steps: 60 })
    render(
      <ExplorerProvider store={store}>
        <Suspense fallback={null}>
          <UpdateChart />
        </Suspense>
      </ExplorerProvider>,
    )
    expect(await screen.findByRole('img', { name: `${title} for each run` })).toBeInTheDocument()
  })
})
