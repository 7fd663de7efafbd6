// @vitest-environment jsdom
import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { ExplorerProvider } from '../../src/state/context'
import { useRunResults, useStepCount } from '../../src/state/hooks'
import { createResultsSource } from '../../src/state/results'
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
