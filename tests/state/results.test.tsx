// @vitest-environment jsdom
import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { ExplorerProvider } from '../../src/state/context'
import { useRunResults, useStepCount } from '../../src/state/derived'
import { createResultsSource, createSettledSource } from '../../src/state/results'
import { makeTwoRunStore } from '../fixtures/twoRunStore'

const makeStore = makeTwoRunStore

afterEach(() => vi.useRealTimers())

describe('createResultsSource', () => {
  test('computes once per change of its inputs; a run whose inputs did not change keeps its object', () => {
    const store = makeStore()
    const source = createResultsSource(store)
    const first = source.get()
    expect(source.get()).toBe(first)
    store.getState().setHoverStep(3) // not an input of the results
    expect(source.get()).toBe(first)
    store.getState().setMomentum('b', 0.5)
    const next = source.get()
    expect(next).not.toBe(first)
    expect(next[0]).toBe(first[0])
    expect(next[1]).not.toBe(first[1])
    expect(next[1]!.run.momentum).toBe(0.5)
  })

  test('tells its listeners of every store change until they unsubscribe', () => {
    const store = makeStore()
    const source = createResultsSource(store)
    const listener = vi.fn()
    const off = source.subscribe(listener)
    store.getState().setMomentum('b', 0.5)
    expect(listener).toHaveBeenCalledTimes(1)
    off()
    store.getState().setMomentum('b', 0.6)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  test('a summary is computed when read, and equals the one of an unchanged run', () => {
    const store = makeStore()
    const [gd, momentum] = createResultsSource(store).get()
    expect(momentum!.summary.convergedAt).not.toBeNull()
    expect(momentum!.summary.convergedAt!).toBeLessThan(gd!.summary.convergedAt ?? Infinity)
    expect(momentum!.summary).toBe(momentum!.summary)
  })
})

describe('createSettledSource', () => {
  test('follows the results only once they have been quiet for a while', () => {
    vi.useFakeTimers()
    const store = makeStore()
    const source = createResultsSource(store)
    const settled = createSettledSource(source, 100, 1000)
    const listener = vi.fn()
    settled.subscribe(listener)
    const before = settled.get()
    store.getState().setMomentum('b', 0.5)
    vi.advanceTimersByTime(50)
    store.getState().setMomentum('b', 0.6)
    vi.advanceTimersByTime(90)
    expect(settled.get()).toBe(before)
    expect(listener).not.toHaveBeenCalled()
    vi.advanceTimersByTime(50) // quiet since 150 ms, then published right after the next frame
    expect(settled.get()).toBe(source.get())
    expect(settled.get()[1]!.run.momentum).toBe(0.6)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  test('publishes just after the next frame is drawn, never before it', () => {
    vi.useFakeTimers()
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb))
    try {
      const store = makeStore()
      const source = createResultsSource(store)
      const settled = createSettledSource(source, 100, 300)
      const listener = vi.fn()
      settled.subscribe(listener)
      store.getState().setMomentum('b', 0.5)
      vi.advanceTimersByTime(500)
      expect(listener).not.toHaveBeenCalled() // quiet long enough, but no frame yet
      expect(frames).toHaveLength(1)
      frames[0]!(performance.now())
      expect(listener).not.toHaveBeenCalled() // the frame itself is left alone
      vi.advanceTimersByTime(0)
      expect(listener).toHaveBeenCalledTimes(1)
      expect(settled.get()).toBe(source.get())
    } finally {
      vi.unstubAllGlobals()
    }
  })

  test('while the results keep changing, it still follows them at least every maxWait', () => {
    vi.useFakeTimers()
    const store = makeStore()
    const source = createResultsSource(store)
    const settled = createSettledSource(source, 100, 300)
    const listener = vi.fn()
    settled.subscribe(listener)
    vi.advanceTimersByTime(500) // nothing changed: nothing to tell
    expect(listener).not.toHaveBeenCalled()
    for (let i = 0; i < 40; i++) {
      store.getState().setMomentum('b', 0.5 + i * 0.01)
      vi.advanceTimersByTime(30)
    }
    // 1200 ms of steps 30 ms apart: never quiet for 100 ms, yet updated about every 300 ms.
    expect(listener.mock.calls.length).toBeGreaterThanOrEqual(3)
    expect(listener.mock.calls.length).toBeLessThanOrEqual(5)
  })

  test('with no listener left it drops its timer: nothing fires after the figure is gone', () => {
    vi.useFakeTimers()
    const store = makeStore()
    const settled = createSettledSource(createResultsSource(store), 100, 300)
    const listener = vi.fn()
    const off = settled.subscribe(listener)
    store.getState().setMomentum('b', 0.5)
    off()
    vi.advanceTimersByTime(1000)
    expect(listener).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('hooks', () => {
  test('a momentum step re-renders the readers of the results, not the readers of the step count', () => {
    const store = makeStore()
    const renders = { results: 0, steps: 0 }
    function ResultsReader() {
      renders.results++
      return <p>{useRunResults()[1]!.run.momentum}</p>
    }
    function StepsReader() {
      renders.steps++
      return <p>{useStepCount()} steps</p>
    }
    const { getByText } = render(
      <ExplorerProvider store={store}>
        <ResultsReader />
        <StepsReader />
      </ExplorerProvider>,
    )
    const before = { ...renders }
    act(() => store.getState().setMomentum('b', 0.5))
    expect(getByText('0.5')).toBeTruthy()
    expect(renders.results).toBe(before.results + 1)
    expect(renders.steps).toBe(before.steps)
    act(() => store.getState().setSteps(store.getState().steps + 10))
    expect(renders.steps).toBe(before.steps + 1)
  })
})
