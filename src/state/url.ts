import type { DisplayOptions } from './params'
import { scheduleOf } from './schedule'
import { paramsOf, type ExplorerState, type ExplorerStore } from './store'
import { serializeParams } from './urlParams'

/**
 * Keeps the page's query string in step with the store once its state has settled (see
 * schedule.ts), with history.replaceState so the back button is not flooded. Returns the
 * unsubscribe function.
 */
export function bindUrl(store: ExplorerStore, display: DisplayOptions): () => void {
  // The story's step moves as the reader goes through it: the link follows.
  const query = (s: ExplorerState) =>
    serializeParams(
      paramsOf(s),
      display.story && s.storyStep !== null
        ? { ...display, story: { ...display.story, step: s.storyStep } }
        : display,
    )
  const schedule = scheduleOf(store)
  return schedule.settle(
    () => query(schedule.getState()),
    (next) => {
      const url = `${location.pathname}${next ? `?${next}` : ''}${location.hash}`
      history.replaceState(history.state, '', url)
    },
  )
}

/** The link that reproduces the current state on the full page (no embed flag). */
export function shareUrl(store: ExplorerStore, href: string): string {
  const url = new URL(href)
  url.search = serializeParams(paramsOf(store.getState()))
  url.hash = ''
  return url.href
}
