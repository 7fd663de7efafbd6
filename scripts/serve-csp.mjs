// A tiny static server for dist/ that sends a strict Content-Security-Policy header, so the browser
// tests can check that the built page, the embed and the article run under it.
// Usage: node scripts/serve-csp.mjs [port]   (0 or nothing: a free port; prints the URL)
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The strict policy the site works under (issue #21): no 'unsafe-inline', no data: anywhere. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "worker-src 'self' blob:",
].join('; ')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/**
 * Serves `root` on 127.0.0.1 with the CSP header on every response; resolves once listening.
 * Never serves a file outside `root` (paths are normalised and checked). `cors` adds
 * Access-Control-Allow-Origin: * to every response.
 */
export function serveCsp({
  root = fileURLToPath(new URL('../dist/', import.meta.url)),
  port = 0,
  csp = STRICT_CSP,
  cors = false,
} = {}) {
  const server = createServer(async (req, res) => {
    res.setHeader('Content-Security-Policy', csp)
    // As GitHub Pages does: lets a page on another origin load the element and its workers.
    if (cors) res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    let path
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      res.writeHead(400).end('bad request')
      return
    }
    if (path.endsWith('/')) path += 'index.html'
    const file = normalize(join(root, path))
    const info = file.startsWith(normalize(root + sep)) ? await stat(file).catch(() => null) : null
    if (!info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`
      resolve({ url, close: () => new Promise((done) => server.close(() => done(undefined))) })
    })
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serveCsp({ port: Number(process.argv[2] ?? 0) })
  console.log(`serving dist/ with a strict CSP at ${url}`)
}
