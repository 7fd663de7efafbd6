import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  MAX_QUIET_MS,
  QUIET_MS,
  scheduleOf,
  SETTLE_MAX_MS,
  SETTLE_MS,
} from '../../src/state/schedule'
import { createSurfaceCatalog } from '../../src/state/catalog'
import { defaultParams } from '../../src/state/params'
import { createExplorerStore, type ExplorerState } from '../../src/state/store'
import { makeTwoRunStore } from '../fixtures/twoRunStore'

/** A store, its schedule and a listener on React's tier. */
function watched() {
  const store = makeTwoRunStore()
  const schedule = scheduleOf(store)
  const listener = vi.fn()
  schedule.subscribe(listener)
  return { store, schedule, listener }
}
const momentumOf = (s: ExplorerState) => s.runs[1]!.momentum

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the live and React tiers', () => {
  test('one schedule per store', () => {
    const store = makeTwoRunStore()
    expect(scheduleOf(store)).toBe(scheduleOf(store))
    expect(scheduleOf(makeTwoRunStore())).not.toBe(scheduleOf(store))
  })

  test('a change outside `live` reaches React at once', () => {
    const { store, schedule, listener } = watched()
    const drawn: number[] = []
    schedule.onLive((s) => drawn.push(momentumOf(s)))
    store.getState().setMomentum('b', 0.5)
    expect(momentumOf(schedule.getState())).toBe(0.5)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(drawn).toEqual([]) // React draws it: nothing live
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a live step is drawn at once and reaches React once the steps pause', () => {
    const { store, schedule, listener } = watched()
    const drawn: number[] = []
    schedule.onLive((s) => drawn.push(momentumOf(s)))
    schedule.live(() => store.getState().setMomentum('b', 0.5))
    expect(drawn).toEqual([0.5])
    expect(momentumOf(schedule.getState())).toBe(0.9)
    expect(momentumOf(schedule.latest())).toBe(0.5)
    vi.advanceTimersByTime(QUIET_MS - 50)
    schedule.live(() => store.getState().setMomentum('b', 0.6)) // the next step: wait again
    expect(drawn).toEqual([0.5, 0.6])
    vi.advanceTimersByTime(QUIET_MS - 1)
    expect(listener).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(listener).toHaveBeenCalledTimes(1) // both steps at once, the newest
    expect(momentumOf(schedule.getState())).toBe(0.6)
    expect(schedule.latest()).toBe(schedule.getState())
    expect(vi.getTimerCount()).toBe(0)
  })

  test('live steps that never pause (a long drag, a held key) still reach React every MAX_QUIET_MS', () => {
    const { store, schedule, listener } = watched()
    let m = 0.5
    // Small steps: MAX_QUIET_MS / 16 of them must stay below the largest momentum (0.999).
    const step = () => schedule.live(() => store.getState().setMomentum('b', (m += 0.001)))
    step()
    for (let t = 16; t < MAX_QUIET_MS; t += 16) {
      vi.advanceTimersByTime(16)
      step()
    }
    expect(listener).not.toHaveBeenCalled()
    vi.advanceTimersByTime(MAX_QUIET_MS - Math.floor((MAX_QUIET_MS - 1) / 16) * 16)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(momentumOf(schedule.getState())).toBeCloseTo(m, 12)
    // The next steps wait for their own pause (or MAX_QUIET_MS) again.
    step()
    vi.advanceTimersByTime(QUIET_MS)
    expect(listener).toHaveBeenCalledTimes(2)
    expect(momentumOf(schedule.getState())).toBeCloseTo(m, 12)
  })

  test('live steps that never pause reach React in idle time between frames, within MAX_QUIET_MS', () => {
    const idle: { cb: () => void; timeout: number | undefined }[] = []
    vi.stubGlobal('requestIdleCallback', (cb: () => void, o?: { timeout?: number }) =>
      idle.push({ cb, timeout: o?.timeout }),
    )
    const { store, schedule, listener } = watched()
    let m = 0.5
    const step = () => schedule.live(() => store.getState().setMomentum('b', (m += 0.001)))
    let t = 0
    for (; idle.length === 0; t += 16) {
      step()
      vi.advanceTimersByTime(16)
    }
    expect(listener).not.toHaveBeenCalled() // due, and waiting for idle time
    // Asked for early enough that even its timeout is within MAX_QUIET_MS of the first step.
    expect(t + idle[0]!.timeout!).toBeLessThanOrEqual(MAX_QUIET_MS + 16)
    step() // a step in the meantime: still one publish, when idle
    idle.shift()!.cb()
    expect(listener).toHaveBeenCalledTimes(1)
    expect(momentumOf(schedule.getState())).toBeCloseTo(m, 12)
  })

  test('a pause before that idle time publishes once, and the idle time then adds nothing', () => {
    const idle: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb))
    const { store, schedule, listener } = watched()
    for (let t = 0; idle.length === 0; t += 100) {
      schedule.live(() => store.getState().setMomentum('b', 0.5 + t / 10_000))
      vi.advanceTimersByTime(100)
    }
    vi.advanceTimersByTime(QUIET_MS) // the pause, before the idle time came
    expect(listener).toHaveBeenCalledTimes(1)
    idle.shift()!()
    vi.advanceTimersByTime(1000)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('while the paths play, a live step reaches React at once (a played path is React’s)', () => {
    const { store, schedule, listener } = watched()
    store.getState().setPlayhead(40)
    listener.mockClear()
    const drawn: number[] = []
    schedule.onLive((s) => drawn.push(momentumOf(s)))
    schedule.live(() => store.getState().setMomentum('b', 0.5))
    expect(momentumOf(schedule.getState())).toBe(0.5)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(drawn).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a change outside `live` while a step waits publishes both at once, and only once', () => {
    const { store, schedule, listener } = watched()
    schedule.live(() => store.getState().setMomentum('b', 0.5))
    store.getState().setHoverStep(4)
    expect(momentumOf(schedule.getState())).toBe(0.5)
    expect(schedule.getState().hoverStep).toBe(4)
    expect(listener).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a drawer removed stops drawing', () => {
    const { store, schedule } = watched()
    const drawn: number[] = []
    const off = schedule.onLive((s) => drawn.push(momentumOf(s)))
    schedule.live(() => store.getState().setMomentum('b', 0.5))
    off()
    schedule.live(() => store.getState().setMomentum('b', 0.6))
    expect(drawn).toEqual([0.5])
  })

  test('results of a live step and of React’s state agree, computed once', () => {
    const { store, schedule } = watched()
    const { results } = schedule
    const live: unknown[] = []
    schedule.onLive((s) => live.push(results.of(s)[1]))
    const before = results.get()
    schedule.live(() => store.getState().setMomentum('b', 0.5))
    expect(results.get()).toBe(before) // React still sees the old results
    expect(live[0]).not.toBe(before[1])
    vi.advanceTimersByTime(QUIET_MS)
    expect(results.get()[1]).toBe(live[0]) // the same object: not derived twice
  })
})

describe('the settled tier', () => {
  /** A follower of the results' momentum of run b, settled. */
  function followed() {
    const { store, schedule } = watched()
    const follow = vi.fn()
    const off = schedule.settle(() => schedule.results.get(), follow)
    return { store, schedule, follow, off }
  }

  test('follows React’s state only once it has been quiet for SETTLE_MS', () => {
    const { store, schedule, follow } = followed()
    store.getState().setMomentum('b', 0.5)
    vi.advanceTimersByTime(SETTLE_MS / 2)
    store.getState().setMomentum('b', 0.6)
    vi.advanceTimersByTime(SETTLE_MS - 10)
    expect(follow).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60) // quiet since SETTLE_MS + 50 ms, then told right after the next frame
    expect(follow).toHaveBeenCalledTimes(1)
    expect(follow).toHaveBeenLastCalledWith(schedule.results.get())
    expect(follow.mock.lastCall![0][1].run.momentum).toBe(0.6)
  })

  test('tells just after the next frame is drawn, never before it', () => {
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb))
    const { store, schedule, follow } = followed()
    store.getState().setMomentum('b', 0.5)
    vi.advanceTimersByTime(500)
    expect(follow).not.toHaveBeenCalled() // quiet long enough, but no frame yet
    expect(frames).toHaveLength(1)
    frames[0]!(performance.now())
    expect(follow).not.toHaveBeenCalled() // the frame itself is left alone
    vi.advanceTimersByTime(0)
    expect(follow).toHaveBeenCalledTimes(1)
    expect(follow).toHaveBeenLastCalledWith(schedule.results.get())
  })

  test('while React’s state keeps changing, it still settles at least every SETTLE_MAX_MS', () => {
    const { store, follow } = followed()
    vi.advanceTimersByTime(500) // nothing changed: nothing to tell
    expect(follow).not.toHaveBeenCalled()
    const gap = SETTLE_MS / 4
    const total = SETTLE_MAX_MS * 3
    for (let t = 0; t < total; t += gap) {
      store.getState().setMomentum('b', 0.5 + t / 10_000)
      vi.advanceTimersByTime(gap)
    }
    // Never quiet for SETTLE_MS, yet told about every SETTLE_MAX_MS.
    expect(follow.mock.calls.length).toBeGreaterThanOrEqual(2)
    expect(follow.mock.calls.length).toBeLessThanOrEqual(4)
  })

  test('a change every frame (playback) never puts it off: told within SETTLE_MAX_MS and a frame', () => {
    let frames = new Map<number, FrameRequestCallback>()
    let id = 0
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => (frames.set(++id, cb), id))
    const cancelled = new Set<number>()
    vi.stubGlobal('cancelAnimationFrame', (n: number) => cancelled.add(n))
    const { store, schedule } = watched()
    const follow = vi.fn()
    schedule.settle(() => schedule.getState().lr, follow)
    vi.advanceTimersByTime(1000)
    store.getState().setLr(0.01)
    let told = -1
    for (let frame = 0; frame < 60 && told < 0; frame++) {
      vi.advanceTimersByTime(16)
      const due = frames
      frames = new Map()
      store.getState().setHoverStep(frame) // playback: a change in every frame, before the tell's
      for (const [n, cb] of due) if (!cancelled.has(n)) cb(performance.now())
      vi.advanceTimersByTime(0)
      if (follow.mock.calls.length > 0) told = frame
    }
    expect(follow).toHaveBeenCalledWith(0.01)
    expect(told * 16).toBeLessThanOrEqual(SETTLE_MAX_MS + 2 * 16)
  })

  test('an equal value is not told again; a change of React’s state that leaves it is no change', () => {
    const { store, follow } = followed()
    store.getState().setHoverStep(3) // changes no result
    vi.advanceTimersByTime(1000)
    expect(follow).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  test('with no follower left it drops its timer: nothing fires after the figure is gone', () => {
    const { store, follow, off } = followed()
    store.getState().setMomentum('b', 0.5)
    off()
    vi.advanceTimersByTime(1000)
    expect(follow).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a live step settles only after it has reached React', () => {
    const { store, schedule, follow } = followed()
    schedule.live(() => store.getState().setMomentum('b', 0.5))
    vi.advanceTimersByTime(QUIET_MS - 1)
    expect(follow).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1 + SETTLE_MS + 20)
    expect(follow).toHaveBeenCalledTimes(1)
  })

  test('live steps that never pause reach React every MAX_QUIET_MS but settle only once they pause', () => {
    const { store, schedule, follow } = followed()
    let m = 0.5
    const step = () => schedule.live(() => store.getState().setMomentum('b', (m += 0.0001)))
    // A drag of 2.5 × MAX_QUIET_MS, a step every 16 ms: React gets it twice, the panels never.
    for (let t = 0; t < MAX_QUIET_MS * 2.5; t += 16) {
      step()
      vi.advanceTimersByTime(16)
    }
    expect(momentumOf(schedule.getState())).toBeGreaterThan(0.5)
    expect(follow).not.toHaveBeenCalled()
    // The drag pauses: the newest step settles.
    vi.advanceTimersByTime(QUIET_MS + SETTLE_MS + 20)
    expect(follow).toHaveBeenCalledTimes(1)
    expect(follow.mock.lastCall![0][1].run.momentum).toBeCloseTo(m, 12)
  })

  test('a drag that stops the paths playing reaches React at once, and settles once it pauses', () => {
    const { store, schedule, follow } = followed()
    store.getState().setPlayhead(40)
    vi.advanceTimersByTime(SETTLE_MAX_MS + 20)
    follow.mockClear()
    let m = 0.5
    schedule.live(() => store.getState().setMomentum('b', m))
    expect(schedule.getState().playhead).toBeNull() // React draws the whole paths at once
    expect(momentumOf(schedule.getState())).toBe(0.5)
    for (let t = 0; t < 400; t += 33) {
      vi.advanceTimersByTime(33)
      schedule.live(() => store.getState().setMomentum('b', (m += 0.001)))
    }
    expect(follow).not.toHaveBeenCalled() // no panel renders during the drag's first steps
    vi.advanceTimersByTime(QUIET_MS + SETTLE_MS + 20)
    expect(follow).toHaveBeenCalledTimes(1)
    expect(follow.mock.lastCall![0][1].run.momentum).toBeCloseTo(m, 12)
  })

  test('a change outside `live` during a drag reaches React at once and settles with the drag', () => {
    const { store, schedule, follow } = followed()
    const listener = vi.fn()
    schedule.subscribe(listener)
    schedule.live(() => store.getState().setMomentum('b', 0.5))
    store.getState().focusRun('b') // the dragged slider takes focus
    expect(listener).toHaveBeenCalledTimes(1)
    expect(schedule.getState().focusedRunId).toBe('b')
    vi.advanceTimersByTime(QUIET_MS - 10)
    schedule.live(() => store.getState().setMomentum('b', 0.6))
    vi.advanceTimersByTime(QUIET_MS - 10)
    expect(follow).not.toHaveBeenCalled()
    vi.advanceTimersByTime(10 + SETTLE_MS + 20)
    expect(follow).toHaveBeenCalledTimes(1)
    expect(follow.mock.lastCall![0][1].run.momentum).toBe(0.6)
  })

  test('a drag that stops just as React gets it still settles', () => {
    const { store, schedule, follow } = followed()
    let m = 0.5
    for (let t = 0; t < MAX_QUIET_MS; t += 50) {
      schedule.live(() => store.getState().setMomentum('b', (m += 0.001)))
      vi.advanceTimersByTime(50) // the last step is published by MAX_QUIET_MS, not by a pause
    }
    expect(momentumOf(schedule.getState())).toBeCloseTo(m, 12)
    expect(follow).not.toHaveBeenCalled()
    vi.advanceTimersByTime(QUIET_MS + SETTLE_MS + 20)
    expect(follow).toHaveBeenCalledTimes(1)
    expect(follow.mock.lastCall![0][1].run.momentum).toBeCloseTo(m, 12)
    vi.advanceTimersByTime(2000)
    expect(follow).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('code arriving in the catalog settles the results again; a closed figure stops listening', async () => {
    const catalog = createSurfaceCatalog()
    let listening = 0
    const subscribe = catalog.subscribe
    catalog.subscribe = (listener) => {
      listening++
      const off = subscribe(listener)
      return () => (listening--, off())
    }
    const params = { ...defaultParams('custom', catalog), f: 'x^2 + 10*y^2' }
    const schedule = scheduleOf(createExplorerStore(params, catalog))
    const follow = vi.fn()
    const off = schedule.settle(() => schedule.results.get(), follow)
    const before = schedule.results.get()
    await catalog.loadExpressions() // the parser arrives: the expression's surface replaces the stand-in
    vi.advanceTimersByTime(SETTLE_MS + 20)
    expect(follow).toHaveBeenCalledTimes(1)
    expect(follow.mock.lastCall![0]).not.toBe(before)
    expect(listening).toBe(1)
    off()
    expect(listening).toBe(0)
  })
})
