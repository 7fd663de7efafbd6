/** Saves text or a blob as a file through a temporary link. */
export function download(name: string, data: Blob | string, type = 'text/plain') {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Why PNG export fails on a page whose Content-Security-Policy refuses blob: images. */
export const PNG_BLOCKED_BY_CSP =
  "PNG export needs to draw the figure as a blob: image, which this page's " +
  'Content-Security-Policy refuses (img-src without blob:). Download the SVG instead, or add blob: ' +
  'to img-src.'

/**
 * Renders an SVG document to a PNG blob at `scale`× its size (for slides and posts). Browsers
 * decode SVG only as an <img> (createImageBitmap refuses it), so the image is a blob: URL; under
 * a policy that refuses those, the rejection says so.
 */
export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
    let isRefused = false
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (e.blockedURI.startsWith('blob') && /^img-src/.test(e.effectiveDirective)) isRefused = true
    }
    document.addEventListener('securitypolicyviolation', onViolation)
    const done = () => {
      document.removeEventListener('securitypolicyviolation', onViolation)
      URL.revokeObjectURL(url)
    }
    img.onload = () => {
      const canvas = document.createElement('canvas')
      canvas.width = width * scale
      canvas.height = height * scale
      const ctx = canvas.getContext('2d')
      if (!ctx) return reject(new Error('no 2D canvas'))
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
      done()
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
    }
    // The violation event may come after the error event: wait a moment for it.
    img.onerror = () =>
      setTimeout(() => {
        done()
        reject(
          new Error(isRefused ? PNG_BLOCKED_BY_CSP : 'the figure could not be rendered to PNG'),
        )
      }, 50)
    img.src = url
  })
}
