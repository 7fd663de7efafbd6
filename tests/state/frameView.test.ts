import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createFrameView, MAX_QUIET_MS, QUIET_MS } from '../../src/state/frameView'
import { createResultsSource } from '../../src/state/results'
import type { ExplorerState } from '../../src/state/store'
import { makeTwoRunStore } from '../fixtures/twoRunStore'

/** A store, its view with a listener, and (unless `drawn` is false) a live drawer. */
function watchedView(drawn = true) {
  const store = makeTwoRunStore()
  const view = createFrameView(store)
  const listener = vi.fn()
  view.subscribe(listener)
  if (drawn) view.onDeferred(() => {})
  return { store, view, listener }
}
const momentumOf = (s: ExplorerState) => s.runs[1]!.momentum

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('createFrameView', () => {
  test('a change outside defer reaches React at once', () => {
    const { store, view, listener } = watchedView()
    store.getState().setMomentum('b', 0.5)
    expect(momentumOf(view.getState())).toBe(0.5)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(view.isPending()).toBe(false)
  })

  test('a slider step is drawn live at once and reaches React once the steps pause', () => {
    const { store, view, listener } = watchedView(false)
    const drawn: number[] = []
    view.onDeferred((s) => drawn.push(momentumOf(s)))
    view.defer(() => store.getState().setMomentum('b', 0.5))
    expect(drawn).toEqual([0.5])
    expect(momentumOf(view.getState())).toBe(0.9)
    expect(view.isPending()).toBe(true)
    vi.advanceTimersByTime(QUIET_MS - 50)
    view.defer(() => store.getState().setMomentum('b', 0.6)) // the next step: wait again
    expect(drawn).toEqual([0.5, 0.6])
    vi.advanceTimersByTime(QUIET_MS - 1)
    expect(listener).not.toHaveBeenCalled()
    expect(view.isPending()).toBe(true)
    vi.advanceTimersByTime(1)
    expect(listener).toHaveBeenCalledTimes(1) // both steps at once, the newest
    expect(momentumOf(view.getState())).toBe(0.6)
    expect(view.isPending()).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('steps that never pause (a long drag, a held key) still reach React every MAX_QUIET_MS', () => {
    const { store, view, listener } = watchedView()
    let m = 0.5
    // Small steps: MAX_QUIET_MS / 16 of them must stay below the largest momentum (0.999).
    const step = () => view.defer(() => store.getState().setMomentum('b', (m += 0.001)))
    step()
    for (let t = 16; t < MAX_QUIET_MS; t += 16) {
      vi.advanceTimersByTime(16)
      step()
    }
    expect(listener).not.toHaveBeenCalled()
    vi.advanceTimersByTime(MAX_QUIET_MS - Math.floor((MAX_QUIET_MS - 1) / 16) * 16)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(momentumOf(view.getState())).toBeCloseTo(m, 12)
    // The next steps wait for their own pause (or MAX_QUIET_MS) again.
    step()
    vi.advanceTimersByTime(QUIET_MS)
    expect(listener).toHaveBeenCalledTimes(2)
    expect(momentumOf(view.getState())).toBeCloseTo(m, 12)
  })

  test('with no path drawn live (labels only follow), a slider step is not deferred', () => {
    const store = makeTwoRunStore()
    const view = createFrameView(store)
    const off = view.onDeferred(() => {})
    off()
    const labels: number[] = []
    view.onDeferred((s) => labels.push(momentumOf(s)), false)
    view.defer(() => store.getState().setMomentum('b', 0.5))
    expect(momentumOf(view.getState())).toBe(0.5)
    expect(labels).toEqual([]) // React shows it now: nothing to draw ahead of it
    expect(view.isPending()).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a change outside defer while a step waits publishes both at once, and only once', () => {
    const { store, view, listener } = watchedView()
    view.defer(() => store.getState().setMomentum('b', 0.5))
    store.getState().setHoverStep(4)
    expect(momentumOf(view.getState())).toBe(0.5)
    expect(view.getState().hoverStep).toBe(4)
    expect(listener).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a drawer removed stops drawing', () => {
    const { store, view } = watchedView()
    const drawn: number[] = []
    const off = view.onDeferred((s) => drawn.push(momentumOf(s)), false)
    view.defer(() => store.getState().setMomentum('b', 0.5))
    off()
    view.defer(() => store.getState().setMomentum('b', 0.6))
    expect(drawn).toEqual([0.5])
  })

  test('results of the live state and of the view agree, computed once', () => {
    const store = makeTwoRunStore()
    const view = createFrameView(store)
    const results = createResultsSource(view)
    const live: unknown[] = []
    view.onDeferred((s) => live.push(results.of(s)[1]))
    const before = results.get()
    view.defer(() => store.getState().setMomentum('b', 0.5))
    expect(results.get()).toBe(before) // React still sees the old results
    expect(live[0]).not.toBe(before[1])
    vi.advanceTimersByTime(QUIET_MS)
    expect(results.get()[1]).toBe(live[0]) // the same object: not derived twice
  })
})
