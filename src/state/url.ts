import type { ViewOptions } from './params'
import { paramsOf, type ExplorerStore } from './store'
import { serializeParams } from './urlParams'

/**
 * Keeps the page's query string in step with the store (history.replaceState, so the back button
 * is not flooded), debounced while a slider is dragged. Returns the unsubscribe function.
 */
export function bindUrl(store: ExplorerStore, view: ViewOptions, delayMs = 200): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  // The story's step moves as the reader goes through it: the link follows.
  const query = (s = store.getState()) =>
    serializeParams(
      paramsOf(s),
      view.story && s.storyStep !== null
        ? { ...view, story: { ...view.story, step: s.storyStep } }
        : view,
    )
  let last = query()
  const write = () => {
    const next = query()
    if (next === last) return
    last = next
    const url = `${location.pathname}${next ? `?${next}` : ''}${location.hash}`
    history.replaceState(history.state, '', url)
  }
  const unsubscribe = store.subscribe((s, prev) => {
    // Playback changes the store every frame: only a change of what the link carries restarts it.
    const [now, was] = [paramsOf(s), paramsOf(prev)]
    const keys = Object.keys(now) as (keyof typeof now)[]
    if (s.storyStep === prev.storyStep && keys.every((k) => now[k] === was[k])) return
    clearTimeout(timer)
    timer = setTimeout(write, delayMs)
  })
  return () => {
    clearTimeout(timer)
    unsubscribe()
  }
}

/** The link that reproduces the current state on the full page (no embed flag). */
export function shareUrl(store: ExplorerStore, href: string): string {
  const url = new URL(href)
  url.search = serializeParams(paramsOf(store.getState()))
  url.hash = ''
  return url.href
}
