import type { ExplorerState, ExplorerStore } from './store'

type Listener = (state: ExplorerState, previous: ExplorerState) => void
type Drawer = (state: ExplorerState, until: Until) => void

/**
 * The store as React sees it. A change made inside `defer` (a slider step) reaches React later;
 * meanwhile the live drawers (the plot's paths, the run labels) draw it at once. The frame of a
 * slider step then holds only that drawing, not React's render and commit of every panel and
 * readout. Any other change is published at once, with any deferred one.
 *
 * How much later: a drag step ('frame') just after the next frame, so panels follow the drag a
 * frame behind. A key step ('quiet') once the keys pause (QUIET_MS), or every MAX_QUIET_MS while
 * a key is held: between two presses the page then does nothing but draw, and React renders the
 * panels once for a burst of presses instead of once per press.
 */
export interface FrameView {
  getState(): ExplorerState
  getInitialState(): ExplorerState
  subscribe(listener: Listener): () => void
  /** Runs `change` (store actions); React gets its result later (see `Until`), if it is drawn live. */
  defer(change: () => void, until?: Until): void
  /**
   * A live drawer: called at once with every deferred state, and when React will get it. A step is
   * deferred only while a drawer that `leads` is there (the plot's paths, drawn whole): without
   * one, nothing would show it until React does. Labels only follow (`leads` false).
   */
  onDeferred(draw: Drawer, leads?: boolean): () => void
  /** Whether a deferred state waits to reach React (the live drawing is newer than React's). */
  isPending(): boolean
}

/** When React gets a deferred change: just after the next frame, or once the changes pause. */
export type Until = 'frame' | 'quiet'

/** If no frame comes (a hidden tab, an off-screen frame), publish anyway after this long. */
const FALLBACK_MS = 100
/** A pause in key presses this long publishes them (auto-repeat comes every 30–50 ms). */
export const QUIET_MS = 150
/** While a key is held, publish at least this often. */
export const MAX_QUIET_MS = 400

export function createFrameView(store: ExplorerStore): FrameView {
  const listeners = new Set<Listener>()
  const drawers = new Set<Drawer>()
  const leaders = new Set<Drawer>()
  let published = store.getState()
  let deferring: Until | null = null
  let frame = 0
  let afterFrame: ReturnType<typeof setTimeout> | undefined
  let fallback: ReturnType<typeof setTimeout> | undefined
  let quiet: ReturnType<typeof setTimeout> | undefined

  const cancel = () => {
    if (frame) cancelAnimationFrame(frame)
    clearTimeout(afterFrame)
    clearTimeout(fallback)
    clearTimeout(quiet)
    frame = 0
    afterFrame = fallback = quiet = undefined
  }
  const publish = () => {
    cancel()
    const previous = published
    published = store.getState()
    if (published === previous) return
    for (const l of listeners) l(published, previous)
  }
  const afterQuiet = () => {
    clearTimeout(quiet)
    quiet = setTimeout(publish, QUIET_MS)
    fallback ??= setTimeout(publish, MAX_QUIET_MS)
  }
  const afterNextFrame = () => {
    // A pending key step now waits for the frame too: a drag step should not wait for a pause.
    if (quiet !== undefined) cancel()
    if (fallback !== undefined) return
    fallback = setTimeout(publish, FALLBACK_MS)
    // A task after the frame that shows the live drawing, and after the tasks that frame queued.
    if (typeof requestAnimationFrame === 'function') {
      frame = requestAnimationFrame(() => {
        afterFrame = setTimeout(() => (afterFrame = setTimeout(publish, 0)), 0)
      })
    }
  }
  // Lives as long as the store: the two are made together and dropped together.
  store.subscribe((state) => {
    if (!deferring || leaders.size === 0) return publish()
    for (const draw of drawers) draw(state, deferring)
    // A key step while a drag step waits for its frame goes with it.
    if (deferring === 'quiet' && (quiet !== undefined || fallback === undefined)) afterQuiet()
    else afterNextFrame()
  })

  return {
    getState: () => published,
    getInitialState: () => store.getInitialState(),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    defer(change, until = 'frame') {
      deferring = until
      try {
        change()
      } finally {
        deferring = null
      }
    },
    isPending: () => fallback !== undefined,
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
