// Shared pieces of `npm run bench` and `npm run bench:soak`: flags, the built site, a static
// server, the browser, and the shared harness (../shared/bench/slider-latency.mjs).
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:http'
import os from 'node:os'
import { dirname, extname, join, normalize, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROME_ARGS, NO_BROWSER_MESSAGE, findChrome } from './chrome.mjs'

/** The project root (the folder holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** Where results and scratch copies go (git-ignored). */
export const RESULTS = join(ROOT, 'bench-results')
/** The shared folder next to the project: the harness, its floor page and Distill's figure. */
export const SHARED = resolve(process.env.MOMENTUM_SHARED_DIR ?? join(ROOT, '..', 'shared'))
/** The built site. */
export const DIST = join(ROOT, 'dist')

/** `--name value` and bare `--flag` (→ 'true') into an object. */
export function parseArgs(argv = process.argv.slice(2)) {
  const out = {}
  argv.forEach((a, i) => {
    if (!a.startsWith('--')) return
    const next = argv[i + 1]
    out[a.slice(2)] = next === undefined || next.startsWith('--') ? 'true' : next
  })
  return out
}

/** The p-quantile (0..1) of xs by the harness's rule (nearest rank, floor), or null when empty. */
export function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null
}

/** A number with `digits` decimals, or the given placeholder for null/undefined/NaN. */
export const fmt = (v, digits = 1, none = 'n/a') =>
  v === null || v === undefined || Number.isNaN(v) ? none : Number(v).toFixed(digits)

/** Builds the site when dist/ has no index.html yet (a stale dist/ is the caller's choice). */
export function ensureDist() {
  if (existsSync(join(DIST, 'index.html'))) return
  console.error('dist/ is missing: running `npm run build` first')
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) throw new Error('npm run build failed')
}

/**
 * A copy of dist/ under bench-results/site, measured instead of dist/ itself, so that a rebuild
 * during the run (other people share this tree) cannot mix two builds in one report.
 */
export function snapshotDist() {
  const site = join(RESULTS, 'site')
  rmSync(site, { recursive: true, force: true })
  cpSync(DIST, site, { recursive: true })
  return site
}

/** The Chromium to use; exits with the usual hint when there is none. */
export async function chromeOrExit() {
  const path = await findChrome()
  if (!path) {
    console.error(NO_BROWSER_MESSAGE)
    process.exit(2)
  }
  return path
}

/**
 * The shared harness, copied under bench-results/ so that its `import 'playwright-core'` resolves
 * from this project's node_modules: ../shared is read-only, so `npm ci` cannot run there.
 */
export function harnessPath() {
  const src = join(SHARED, 'bench', 'slider-latency.mjs')
  if (!existsSync(src)) throw new Error(`no harness at ${src} (clone the project next to shared/)`)
  const dir = join(RESULTS, 'harness')
  mkdirSync(dir, { recursive: true })
  copyFileSync(src, join(dir, 'slider-latency.mjs'))
  return join(dir, 'slider-latency.mjs')
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

/** A static server for `root` on a free port; resolves to { url, close }. */
export function serveDir(root) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname))
    let file = join(root, path.replace(/^(\.\.[/\\])+/, ''))
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404)
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }),
    ),
  )
}

/** Headless Chromium with the project's flags. */
export async function launchBrowser(executablePath) {
  return chromium.launch({ executablePath, args: CHROME_ARGS })
}

/** A fresh page like the harness's: 1280×900, every request off this machine blocked. */
export async function offlinePage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  await context.route(
    (u) => !/^(http:\/\/127\.0\.0\.1|data:|blob:|about:)/.test(u.toString()),
    (r) => r.abort(),
  )
  return { context, page: await context.newPage() }
}

/** The date and time as a file-name-safe stamp, e.g. 2026-11-25-0812. */
export const stamp = (d = new Date()) =>
  d.toISOString().slice(0, 16).replace('T', '-').replace(':', '')

/** A short description of this machine, for the README's "date and machine". */
export function machine(os, browserVersion) {
  const cpus = os.cpus()
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: browserVersion,
    platform: `${os.platform()} ${os.release()}`,
  }
}

/**
 * Writes one run's report as bench-results/<kind>-<stamp>.json: its date, this machine (with the
 * load average when the run started) and `fields`; prints where it went.
 */
export function writeReport(kind, started, browserVersion, loadAverage, fields) {
  mkdirSync(RESULTS, { recursive: true })
  const file = join(RESULTS, `${kind}-${stamp(started)}.json`)
  const report = {
    date: started.toISOString(),
    machine: { ...machine(os, browserVersion), loadAverage },
    ...fields,
  }
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`written to ${relative(ROOT, file)}`)
}
