import type { SurfaceCatalog } from './catalog'
import { createResultsSource, type LiveResultsSource } from './results'
import type { ExplorerState, ExplorerStore } from './store'

type Listener = (state: ExplorerState, previous: ExplorerState) => void
type Drawer = (state: ExplorerState) => void

/**
 * Every change of a figure's store passes its schedule, which hands it on in three tiers:
 * - **live**: a step made inside `live` (a slider, a key on it, the start point dragged) is drawn
 *   at once, in its own frame, by the marks that follow it (`useLiveAttribute`: the plot's paths,
 *   the run labels, the sliders), and reaches React once the steps pause;
 * - **react**: what React renders (`getState`, `subscribe`): a live step once the steps pause
 *   (QUIET_MS), or at least every MAX_QUIET_MS while they go on; any other change (a button,
 *   playback, a link) at once;
 * - **settled**: what follows React's state once it has been quiet for SETTLE_MS (at most
 *   SETTLE_MAX_MS while it keeps changing; live steps, and any change made while they go on,
 *   once they pause), just after the next frame: the panels' results and the URL (`settle`).
 *
 * Why not every frame: a step React renders makes a second frame (the panels' text and rows), and
 * both frames compete with the next input for the machine's cores (docs/performance.md).
 */
export interface Schedule {
  readonly store: ExplorerStore
  /** Where the figure's surfaces come from (the store's). */
  readonly catalog: SurfaceCatalog
  /** The runs' results: of React's state (`get`), or of any other, such as a live step's (`of`). */
  readonly results: LiveResultsSource
  /** React's state. */
  getState(): ExplorerState
  getInitialState(): ExplorerState
  subscribe(listener: Listener): () => void
  /** The newest state: a live step's when one waits for React. */
  latest(): ExplorerState
  /** Makes `change` (store actions) a live step, unless the paths are played (React draws those). */
  live(change: () => void): void
  /** Calls `draw` with each live step, at once. */
  onLive(draw: Drawer): () => void
  /**
   * Calls `follow` with `read()` once it has settled (after a change of React's state or of the
   * catalog); an equal value (===) is not told again. Only while followed does a timer run.
   */
  settle<T>(read: () => T, follow: (value: T) => void): () => void
}

/** A pause in live steps this long gives them to React (a drag moves every frame, a held key every 30–50 ms). */
export const QUIET_MS = 150
/** While live steps go on, React gets them at least this often (each render is a second frame). */
export const MAX_QUIET_MS = 1000
/** How long a due publish may wait for idle time between frames (within MAX_QUIET_MS). */
const IDLE_WAIT_MS = 100
/** React's state quiet this long settles it. */
export const SETTLE_MS = 120
/** While React's state keeps changing, it settles at least this often. */
export const SETTLE_MAX_MS = 400

interface Follower {
  readonly read: () => unknown
  readonly follow: (value: never) => void
  value: unknown
}

const schedules = new WeakMap<ExplorerStore, Schedule>()

/** The schedule of a figure's store: made with its first use, and dropped with the store. */
export function scheduleOf(store: ExplorerStore): Schedule {
  let schedule = schedules.get(store)
  if (!schedule) schedules.set(store, (schedule = createSchedule(store)))
  return schedule
}

function createSchedule(store: ExplorerStore): Schedule {
  const listeners = new Set<Listener>()
  const drawers = new Set<Drawer>()
  // A lazily loaded surface (a model trained, an expression compiled) changes the results too.
  const settled = createSettleClock(store.catalog)
  let published = store.getState()
  let isLive = false
  let quiet: ReturnType<typeof setTimeout> | undefined
  let atMost: ReturnType<typeof setTimeout> | undefined

  // The state the settled tier last heard of. A publish while live steps go on leaves it behind
  // until their pause: settling every MAX_QUIET_MS of a long drag re-rendered every panel in the
  // middle of it (docs/performance.md).
  let settledFrom = published
  const publish = (isPause = true) => {
    clearTimeout(quiet)
    clearTimeout(atMost)
    quiet = atMost = undefined
    const previous = published
    published = store.getState()
    if (published !== previous) for (const l of listeners) l(published, previous)
    if (!isPause) {
      // The pause is awaited only for the settled tier's sake.
      if (settled.isFollowed()) quiet = setTimeout(publish, QUIET_MS)
      return
    }
    if (published === settledFrom) return
    settledFrom = published
    settled.changed()
  }
  // In the idle time between two frames (after the frame just drawn, and after whatever that
  // frame's own callbacks queued), so the render leaves the next step's frame alone: from a plain
  // timer it could land just before that frame and delay it.
  const publishWhenIdle = () => {
    const due = atMost // unless React gets the steps before then (a pause, a click)
    const publishIfDue = () => atMost === due && publish(false)
    if (typeof requestIdleCallback !== 'function')
      return void setTimeout(publishIfDue, IDLE_WAIT_MS)
    requestIdleCallback(publishIfDue, { timeout: IDLE_WAIT_MS })
  }
  // Lives as long as the store: the two are made together and dropped together.
  store.subscribe((state, previous) => {
    const isDragging = quiet !== undefined // live steps wait for their pause
    // A played path is React's (its pieces, its growing end): only whole paths are drawn live.
    // Either way the settled tier waits for a drag's pause: the drag that stops playback, or
    // that focuses its slider, would otherwise re-render every panel during its first steps.
    if (!isLive || previous.playhead !== null || state.playhead !== null)
      return publish(!isLive && !isDragging)
    for (const draw of drawers) draw(state)
    clearTimeout(quiet)
    quiet = setTimeout(publish, QUIET_MS)
    atMost ??= setTimeout(publishWhenIdle, MAX_QUIET_MS - IDLE_WAIT_MS)
  })

  const react = {
    getState: () => published,
    getInitialState: () => store.getInitialState(),
    subscribe(listener: Listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  return {
    ...react,
    store,
    catalog: store.catalog,
    results: createResultsSource(react, store.catalog),
    latest: () => store.getState(),
    live(change) {
      isLive = true
      try {
        change()
      } finally {
        isLive = false
      }
    },
    onLive(draw) {
      drawers.add(draw)
      return () => void drawers.delete(draw)
    },
    settle(read, follow) {
      const follower: Follower = { read, follow, value: read() }
      settled.add(follower)
      return () => settled.remove(follower)
    },
  }
}

/**
 * The settled tier's one timer: SETTLE_MS after the last change (at once after a long quiet, and
 * never later than SETTLE_MAX_MS after the first one), then just after the next frame.
 */
function createSettleClock(catalog: SurfaceCatalog) {
  const followers = new Set<Follower>()
  let offCatalog = () => {}
  let last = 0
  let since: number | null = null // when the changes not yet told began
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame = 0
  let isPainting = false // waiting for the next frame: a change then is read when it comes
  const cancel = () => {
    clearTimeout(timer)
    timer = undefined
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame)
    frame = 0
    isPainting = false
    since = null
  }
  const isBehind = (f: Follower) => f.read() !== f.value
  const tell = () => {
    cancel()
    last = performance.now()
    for (const f of followers) {
      const value = f.read()
      if (value === f.value) continue
      f.value = value
      f.follow(value as never)
    }
  }
  // Just after the next frame is drawn: the panels' render follows the frame of the input that
  // changed them instead of delaying it.
  const afterPaint = () => {
    if (typeof requestAnimationFrame !== 'function') return tell()
    isPainting = true
    frame = requestAnimationFrame(() => (timer = setTimeout(tell, 0)))
  }
  const changed = () => {
    // A change every frame (playback) must not put the tell off for ever.
    if (isPainting || ![...followers].some(isBehind)) return
    const now = performance.now()
    since ??= now
    clearTimeout(timer)
    const wait = now - last >= SETTLE_MAX_MS ? 0 : Math.min(SETTLE_MS, since + SETTLE_MAX_MS - now)
    timer = setTimeout(afterPaint, Math.max(0, wait))
  }
  return {
    changed,
    isFollowed: () => followers.size > 0,
    add(follower: Follower) {
      // Listens to the catalog (shared by every figure) only while followed: a closed figure
      // leaves nothing behind.
      if (followers.size === 0) offCatalog = catalog.subscribe(changed)
      followers.add(follower)
    },
    remove(follower: Follower) {
      followers.delete(follower)
      if (followers.size > 0) return
      offCatalog()
      cancel()
    },
  }
}
