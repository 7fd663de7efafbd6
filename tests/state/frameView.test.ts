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

let frames: FrameRequestCallback[]
beforeEach(() => {
  vi.useFakeTimers()
  frames = []
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb))
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => {}
  })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})
/** The tasks queued by a frame, and those they queue (fake timers make a nested 0 ms one 1 ms). */
const runTasks = () => vi.advanceTimersByTime(2)
/** The browser draws a frame: its rAF callbacks run, then the tasks they queued. */
const drawFrame = () => {
  for (const cb of frames.splice(0)) cb(performance.now())
  runTasks()
}

describe('createFrameView', () => {
  test('a change outside defer reaches React at once', () => {
    const { store, view, listener } = watchedView()
    store.getState().setMomentum('b', 0.5)
    expect(momentumOf(view.getState())).toBe(0.5)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(view.isPending()).toBe(false)
  })

  test('a deferred step is drawn live at once and reaches React only after the next frame', () => {
    const { store, view, listener } = watchedView(false)
    const drawn: number[] = []
    view.onDeferred((s) => drawn.push(momentumOf(s)))
    view.defer(() => store.getState().setMomentum('b', 0.5))
    view.defer(() => store.getState().setMomentum('b', 0.6))
    expect(drawn).toEqual([0.5, 0.6])
    expect(momentumOf(view.getState())).toBe(0.9)
    expect(view.isPending()).toBe(true)
    vi.advanceTimersByTime(50)
    expect(listener).not.toHaveBeenCalled() // no frame yet
    frames.splice(0).forEach((cb) => cb(performance.now()))
    expect(listener).not.toHaveBeenCalled() // the frame itself is left alone
    runTasks()
    expect(listener).toHaveBeenCalledTimes(1) // both steps at once, the newest
    expect(momentumOf(view.getState())).toBe(0.6)
    expect(view.isPending()).toBe(false)
    drawFrame()
    vi.advanceTimersByTime(1000)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  test('a key step is drawn live at once and reaches React once the keys pause', () => {
    const { store, view, listener } = watchedView()
    view.defer(() => store.getState().setMomentum('b', 0.5), 'quiet')
    drawFrame()
    expect(listener).not.toHaveBeenCalled() // the frame alone does not publish it
    vi.advanceTimersByTime(QUIET_MS - 50)
    view.defer(() => store.getState().setMomentum('b', 0.6), 'quiet') // the next press: wait again
    vi.advanceTimersByTime(QUIET_MS - 1)
    expect(listener).not.toHaveBeenCalled()
    expect(view.isPending()).toBe(true)
    vi.advanceTimersByTime(1)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(momentumOf(view.getState())).toBe(0.6)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a held key (no pause) still reaches React every MAX_QUIET_MS', () => {
    const { store, view, listener } = watchedView()
    let m = 0.5
    const press = () => view.defer(() => store.getState().setMomentum('b', (m += 0.01)), 'quiet')
    press()
    for (let t = 40; t < MAX_QUIET_MS; t += 40) {
      vi.advanceTimersByTime(40)
      press()
    }
    expect(listener).not.toHaveBeenCalled()
    vi.advanceTimersByTime(MAX_QUIET_MS - Math.floor((MAX_QUIET_MS - 1) / 40) * 40)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(momentumOf(view.getState())).toBeCloseTo(m, 12)
  })

  test('a drag step after a key step publishes both after the next frame, not after a pause', () => {
    const { store, view, listener } = watchedView()
    view.defer(() => store.getState().setMomentum('b', 0.5), 'quiet')
    view.defer(() => store.getState().setMomentum('b', 0.6))
    view.defer(() => store.getState().setMomentum('b', 0.7), 'quiet') // goes with the frame
    drawFrame()
    expect(listener).toHaveBeenCalledTimes(1)
    expect(momentumOf(view.getState())).toBe(0.7)
    vi.advanceTimersByTime(1000)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  test('with no path drawn live (labels only follow), a deferred step is not deferred', () => {
    const store = makeTwoRunStore()
    const view = createFrameView(store)
    const off = view.onDeferred(() => {})
    off()
    const labels: number[] = []
    view.onDeferred((s) => labels.push(momentumOf(s)), false)
    view.defer(() => store.getState().setMomentum('b', 0.5))
    view.defer(() => store.getState().setMomentum('b', 0.6), 'quiet')
    expect(momentumOf(view.getState())).toBe(0.6)
    expect(labels).toEqual([]) // React shows it now: nothing to draw ahead of it
    expect(frames).toHaveLength(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a change outside defer while a step waits publishes both at once, and only once', () => {
    const { store, view, listener } = watchedView()
    view.defer(() => store.getState().setMomentum('b', 0.5))
    store.getState().setHoverStep(4)
    expect(momentumOf(view.getState())).toBe(0.5)
    expect(view.getState().hoverStep).toBe(4)
    expect(listener).toHaveBeenCalledTimes(1)
    drawFrame()
    vi.advanceTimersByTime(1000)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('when no frame comes (a hidden tab), the step still reaches React', () => {
    const { store, view, listener } = watchedView()
    view.defer(() => store.getState().setMomentum('b', 0.5))
    vi.advanceTimersByTime(99)
    expect(listener).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(momentumOf(view.getState())).toBe(0.5)
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
    drawFrame()
    expect(results.get()[1]).toBe(live[0]) // the same object: not derived twice
  })
})
