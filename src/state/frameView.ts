import type { ExplorerState, ExplorerStore } from './store'

type Listener = (state: ExplorerState, previous: ExplorerState) => void
type Drawer = (state: ExplorerState) => void

/**
 * The store as React sees it. A change made inside `defer` (a slider step, by pointer or key)
 * reaches React once the steps pause (QUIET_MS), or every MAX_QUIET_MS while they go on;
 * meanwhile the live drawers (the plot's paths, the run labels and the slider's outputs) draw each
 * step at once, in its own frame. Any other change is published at once, with any deferred one.
 *
 * Why not every frame: a step that React renders makes a second frame (the panels' text and
 * rows), and both frames' raster and compositing compete with the next input for this machine's
 * two cores. Drawing the live parts only, one frame per step, measured about 3 ms less CPU per
 * drag step in Chromium (all its processes), and React renders the panels once per pause
 * instead of once per step. The charts read settled results anyway (see createSettledSource).
 */
export interface FrameView {
  getState(): ExplorerState
  getInitialState(): ExplorerState
  subscribe(listener: Listener): () => void
  /** Runs `change` (store actions); React gets its result once the steps pause, if drawn live. */
  defer(change: () => void): void
  /**
   * A live drawer: called at once with every deferred state. A step is deferred only while a
   * drawer that `leads` is there (the plot's paths, drawn whole): without one, nothing would show
   * it until React does. Labels only follow (`leads` false).
   */
  onDeferred(draw: Drawer, leads?: boolean): () => void
  /** Whether a deferred state waits to reach React (the live drawing is newer than React's). */
  isPending(): boolean
}

/** A pause in slider steps this long publishes them (a drag moves every frame, a held key every 30–50 ms). */
export const QUIET_MS = 150
/**
 * While a slider keeps moving, publish at least this often. Each publish renders the panels
 * (8–12 ms of main thread, the charts' part as a transition), and a step whose frame follows one
 * more often misses the next frame: once a second instead of every 400 ms, steps that missed a
 * frame fell from 94 to 76 in five alternating pairs of runs of an instrumented copy of the
 * benchmark harness (2026-11-29), those with a render just before them from 18 to 7. The plot, its labels and the slider's value follow
 * every step regardless.
 */
export const MAX_QUIET_MS = 1000

export function createFrameView(store: ExplorerStore): FrameView {
  const listeners = new Set<Listener>()
  const drawers = new Set<Drawer>()
  const leaders = new Set<Drawer>()
  let published = store.getState()
  let deferring = false
  let quiet: ReturnType<typeof setTimeout> | undefined
  let atMost: ReturnType<typeof setTimeout> | undefined

  const publish = () => {
    clearTimeout(quiet)
    clearTimeout(atMost)
    quiet = atMost = undefined
    const previous = published
    published = store.getState()
    if (published === previous) return
    for (const l of listeners) l(published, previous)
  }
  // Lives as long as the store: the two are made together and dropped together.
  store.subscribe((state) => {
    if (!deferring || leaders.size === 0) return publish()
    for (const draw of drawers) draw(state)
    clearTimeout(quiet)
    quiet = setTimeout(publish, QUIET_MS)
    atMost ??= setTimeout(publish, MAX_QUIET_MS)
  })

  return {
    getState: () => published,
    getInitialState: () => store.getInitialState(),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    defer(change) {
      deferring = true
      try {
        change()
      } finally {
        deferring = false
      }
    },
    isPending: () => atMost !== undefined,
    onDeferred(draw, leads = true) {
      drawers.add(draw)
      if (leads) leaders.add(draw)
      return () => {
        drawers.delete(draw)
        leaders.delete(draw)
      }
    },
  }
}
