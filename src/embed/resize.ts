/**
 * Posts the embed's height to the parent page whenever it changes, so an auto-resizing iframe fits
 * it. Message: { type: 'momentum-explorer:height', height } (CSS pixels). Listen with:
 *   addEventListener('message', (e) => { if (e.data?.type === 'momentum-explorer:height')
 *     iframe.style.height = e.data.height + 'px' })
 */
export const HEIGHT_MESSAGE = 'momentum-explorer:height'
/** A parent that starts listening late (a deferred script) asks again with this message. */
export const HEIGHT_REQUEST = 'momentum-explorer:request-height'

export function reportHeight(root: HTMLElement, target: Window = window.parent): () => void {
  if (target === window) return () => {} // not inside a frame: nobody to tell
  let last = -1
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height)
    if (height === last) return
    last = height
    // '*' since the embedding page can be anywhere; the message carries only a number.
    target.postMessage({ type: HEIGHT_MESSAGE, height }, '*')
  }
  const onRequest = (e: MessageEvent) => {
    if (e.source !== target || e.data?.type !== HEIGHT_REQUEST) return
    last = -1
    post()
  }
  const observer = new ResizeObserver(post)
  observer.observe(root)
  window.addEventListener('message', onRequest)
  post()
  return () => {
    observer.disconnect()
    window.removeEventListener('message', onRequest)
  }
}
