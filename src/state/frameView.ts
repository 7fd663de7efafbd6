import type { ExplorerState, ExplorerStore } from './store'

type Listener = (state: ExplorerState, previous: ExplorerState) => void
type Drawer = (state: ExplorerState) => void

/**
 * The store as React sees it. A change made inside `defer` (a slider step) reaches React only
 * just after the next frame; meanwhile the live drawers (the plot's paths) draw it at once. The
 * frame of a slider step then holds only that drawing, not React's render and commit of every
 * panel and readout, which follow one frame later. Any other change is published at once.
 */
export interface FrameView {
  getState(): ExplorerState
  getInitialState(): ExplorerState
  subscribe(listener: Listener): () => void
  /** Runs `change` (store actions); React gets its result after the next frame, if it is drawn live. */
  defer(change: () => void): void
  /** A live drawer: called at once with every deferred state. */
  onDeferred(draw: Drawer): () => void
  /** Whether a deferred state waits for its frame (the live drawing is newer than React's). */
  isPending(): boolean
}

/** If no frame comes (a hidden tab, an off-screen frame), publish anyway after this long. */
const FALLBACK_MS = 100

export function createFrameView(store: ExplorerStore): FrameView {
  const listeners = new Set<Listener>()
  const drawers = new Set<Drawer>()
  let published = store.getState()
  let isDeferring = false
  let frame = 0
  let afterFrame: ReturnType<typeof setTimeout> | undefined
  let fallback: ReturnType<typeof setTimeout> | undefined

  const cancel = () => {
    if (frame) cancelAnimationFrame(frame)
    clearTimeout(afterFrame)
    clearTimeout(fallback)
    frame = 0
    afterFrame = fallback = undefined
  }
  const publish = () => {
    cancel()
    const previous = published
    published = store.getState()
    if (published === previous) return
    for (const l of listeners) l(published, previous)
  }
  const schedule = () => {
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
    if (!isDeferring || drawers.size === 0) return publish()
    for (const draw of drawers) draw(state)
    schedule()
  })

  return {
    getState: () => published,
    getInitialState: () => store.getInitialState(),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    defer(change) {
      isDeferring = true
      try {
        change()
      } finally {
        isDeferring = false
      }
    },
    isPending: () => fallback !== undefined,
    onDeferred(draw) {
      drawers.add(draw)
      return () => drawers.delete(draw)
    },
  }
}
