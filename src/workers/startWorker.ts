/**
 * Starts a module worker from a script URL (Vite's `?worker&url` import), or returns null when
 * workers are unavailable. A script on another origin (the element's bundle served from a CDN or
 * a Pages site into a blog) cannot be a worker itself, so a same-origin blob: module imports it
 * instead; that needs the script's server to allow CORS, as loading the bundle already does.
 */
export function startWorker(scriptUrl: string): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    const url = new URL(scriptUrl, import.meta.url)
    if (url.origin === location.origin) return new Worker(url, { type: 'module' })
    const wrapper = new Blob([`import ${JSON.stringify(url.href)}\n`], { type: 'text/javascript' })
    const blobUrl = URL.createObjectURL(wrapper)
    const worker = new Worker(blobUrl, { type: 'module' })
    // The worker fetches its script right away; a minute later the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000)
    return worker
  } catch {
    return null // blocked by the page's policy, or unsupported: the client works on the main thread
  }
}
