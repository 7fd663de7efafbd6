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
 * two cores (docs/performance.md). React renders the panels once per pause instead of once per
 * step; the charts read settled results anyway (see createSettledSource).
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
 * While a slider keeps moving, publish at least this often: each publish renders the panels, and a
 * step right after one more often misses its frame (docs/performance.md). The plot, its labels
 * and the slider's value follow every step regardless.
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
