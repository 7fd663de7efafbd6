// @vitest-environment jsdom
import { act, render } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, expect, test, vi } from 'vitest'
import { ExplorerProvider } from '../../src/state/context'
import { useSettledRunResults } from '../../src/state/hooks'
import { QUIET_MS, SETTLE_MS, scheduleOf } from '../../src/state/schedule'
import { LossChart } from '../../src/ui/LossChart'
import { Summary } from '../../src/ui/Summary'
import { useStaleMark } from '../../src/ui/useStaleMark'
import { makeTwoRunStore } from '../fixtures/twoRunStore'
import { defaultParams } from '../../src/state/params'
import { createExplorerStore } from '../../src/state/store'

afterEach(() => vi.useRealTimers())

/** The summary and the loss chart, which follow the settled results, beside a store to drag. */
function renderPanels() {
  vi.useFakeTimers()
  const store = makeTwoRunStore()
  const { container } = render(
    <ExplorerProvider store={store}>
      <Summary />
      <LossChart />
    </ExplorerProvider>,
  )
  const summary = container.querySelector('.me-summary') as HTMLElement
  const chart = container.querySelector('.me-chart') as HTMLElement
  const drag = (momentum: number) =>
    act(() => scheduleOf(store).live(() => store.getState().setMomentum('b', momentum)))
  const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms))
  return { summary, chart, drag, wait }
}

test('while a drag runs ahead of the sentences and the chart, they are marked stale, then follow', () => {
  const { summary, chart, drag, wait } = renderPanels()
  expect(summary.textContent).toContain('Momentum 0.9')
  expect(summary.hasAttribute('data-stale')).toBe(false)
  drag(0.5)
  drag(0.6)
  // Still the runs before the drag, and marked so: dimmed, and busy for screen readers.
  expect(summary.textContent).toContain('Momentum 0.9')
  expect(summary.textContent).not.toContain('Momentum 0.6')
  for (const el of [summary, chart]) {
    expect(el.hasAttribute('data-stale')).toBe(true)
    expect(el.getAttribute('aria-busy')).toBe('true')
  }
  wait(QUIET_MS) // the drag pauses: React has it, the settled tier waits a little longer
  wait(SETTLE_MS + 50) // settled, just after the next frame
  expect(summary.textContent).toContain('Momentum 0.6')
  for (const el of [summary, chart]) {
    expect(el.hasAttribute('data-stale')).toBe(false)
    expect(el.hasAttribute('aria-busy')).toBe(false)
  }
})

test('a drag back to the values the panels show leaves them unmarked', () => {
  const { summary, drag } = renderPanels()
  drag(0.5)
  expect(summary.hasAttribute('data-stale')).toBe(true)
  drag(0.9) // the settled runs again: the same kept paths
  expect(summary.hasAttribute('data-stale')).toBe(false)
})

test('a line about one run is marked only when that run is dragged', () => {
  vi.useFakeTimers()
  const store = makeTwoRunStore()
  /** One run's line, as the tuning map's rates are: its settled result alone. */
  function RunLine({ id }: { id: string }) {
    const run = useSettledRunResults().find((r) => r.run.id === id)!
    const self = useRef<HTMLParagraphElement>(null)
    useStaleMark(self, [run])
    return (
      <p ref={self} data-line={id}>
        {run.label}
      </p>
    )
  }
  const { container } = render(
    <ExplorerProvider store={store}>
      <RunLine id="a" />
      <RunLine id="b" />
    </ExplorerProvider>,
  )
  const line = (id: string) => container.querySelector(`[data-line="${id}"]`) as HTMLElement
  act(() => scheduleOf(store).live(() => store.getState().setMomentum('b', 0.5)))
  expect(line('b').hasAttribute('data-stale')).toBe(true)
  expect(line('a').hasAttribute('data-stale')).toBe(false)
  // The learning rate moves every run.
  act(() => scheduleOf(store).live(() => store.getState().setLr(0.01)))
  expect(line('a').hasAttribute('data-stale')).toBe(true)
})

test('a sentence names the α its results were run at, not a newer one still settling', () => {
  vi.useFakeTimers()
  const store = createExplorerStore({
    ...defaultParams('ravine'),
    lr: 0.018,
    runs: [
      { id: 'a', momentum: 0, rule: 'heavy-ball' },
      { id: 'b', momentum: 0.9, rule: 'ema' },
    ],
  })
  const { container } = render(
    <ExplorerProvider store={store}>
      <Summary />
    </ExplorerProvider>,
  )
  const summary = container.querySelector('.me-summary') as HTMLElement
  expect(summary.textContent).toContain('β = 0.9 and α = 0.018 walks')
  act(() => store.getState().setLr(0.012)) // not live: React has it at once, the results later
  expect(summary.textContent).toContain('β = 0.9 and α = 0.018 walks')
  act(() => void vi.advanceTimersByTime(SETTLE_MS + 50))
  expect(summary.textContent).toContain('β = 0.9 and α = 0.012 walks')
})
