/**
 * Posts the embed's height to the parent page once the figure has rendered and whenever it
 * changes, so an auto-resizing iframe fits it. Message: { type: 'momentum-explorer:height',
 * height } (CSS pixels), sent to the parent's origin when the browser tells it (else '*': the
 * message carries only a number). The README's listener checks the origin and bounds the height.
 */
export const HEIGHT_MESSAGE = 'momentum-explorer:height'
/** A parent that starts listening late (a deferred script) asks again with this message. */
export const HEIGHT_REQUEST = 'momentum-explorer:request-height'

/** The embedding page's origin: from location.ancestorOrigins, else the referrer, else null. */
export function parentOrigin(doc: Document = document): string | null {
  const ancestors = doc.location?.ancestorOrigins
  if (ancestors && ancestors.length > 0 && ancestors[0] !== 'null') return ancestors[0] ?? null
  try {
    return doc.referrer ? new URL(doc.referrer).origin : null
  } catch {
    return null
  }
}

export function reportHeight(root: HTMLElement, target: Window = window.parent): () => void {
  if (target === window) return () => {} // not inside a frame: nobody to tell
  const origin = parentOrigin() ?? '*'
  let last = -1
  const post = (to = origin) => {
    const height = Math.ceil(root.getBoundingClientRect().height)
    // 0 is the root before React's first render: never tell the parent to collapse the frame.
    if (height === last || !(height > 0)) return
    last = height
    target.postMessage({ type: HEIGHT_MESSAGE, height }, to)
  }
  const onRequest = (e: MessageEvent) => {
    if (e.source !== target || e.data?.type !== HEIGHT_REQUEST) return
    last = -1
    post(e.origin && e.origin !== 'null' ? e.origin : origin) // the asker's origin is known
  }
  // Its first callback comes after layout, and then one per change of size: no post before that.
  const observer = new ResizeObserver(() => post())
  observer.observe(root)
  window.addEventListener('message', onRequest)
  return () => {
    observer.disconnect()
    window.removeEventListener('message', onRequest)
  }
}
