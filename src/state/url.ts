import type { ViewOptions } from './params'
import { scheduleOf } from './schedule'
import { paramsOf, type ExplorerState, type ExplorerStore } from './store'
import { serializeParams } from './urlParams'

/**
 * Keeps the page's query string in step with the store once its state has settled (see
 * schedule.ts), with history.replaceState so the back button is not flooded. Returns the
 * unsubscribe function.
 */
export function bindUrl(store: ExplorerStore, view: ViewOptions): () => void {
  // The story's step moves as the reader goes through it: the link follows.
  const query = (s: ExplorerState) =>
    serializeParams(
      paramsOf(s),
      view.story && s.storyStep !== null
        ? { ...view, story: { ...view.story, step: s.storyStep } }
        : view,
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
