import type { ViewOptions } from './params'
import { paramsOf, type ExplorerStore } from './store'
import { serializeParams } from './urlParams'

/**
 * Keeps the page's query string in step with the store (history.replaceState, so the back button
 * is not flooded), debounced while a slider is dragged. Returns the unsubscribe function.
 */
export function bindUrl(store: ExplorerStore, view: ViewOptions, delayMs = 200): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let last = serializeParams(paramsOf(store.getState()), view)
  const write = () => {
    const query = serializeParams(paramsOf(store.getState()), view)
    if (query === last) return
    last = query
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`
    history.replaceState(history.state, '', url)
  }
  const unsubscribe = store.subscribe(() => {
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
