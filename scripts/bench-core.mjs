// Core throughput in Node: optimizer steps per second, and contour grid sampling + contouring time
// per surface at the default 160×100 grid. Node 20 cannot import .ts, so the core and the contour
// module are bundled once with Vite's SSR build into bench-results/core/ (packages stay external
// and resolve from this project's node_modules) and imported from there.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { ROOT, RESULTS, pct } from './bench-lib.mjs'

const NX = 160
const NY = 100

async function buildCore() {
  const dir = join(RESULTS, 'core')
  mkdirSync(dir, { recursive: true })
  const entry = join(dir, 'entry.js')
  writeFileSync(
    entry,
    [
      `export * from ${JSON.stringify(join(ROOT, 'src/core/index.ts'))}`,
      `export * as contours from ${JSON.stringify(join(ROOT, 'src/render/contours.ts'))}`,
      `export * as scales from ${JSON.stringify(join(ROOT, 'src/render/scales.ts'))}`,
      '',
    ].join('\n'),
  )
  const { build } = await import('vite')
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir: join(dir, 'out'),
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'entry.mjs' } },
    },
  })
  // A query string defeats Node's module cache if this runs twice in one process.
  return import(`${pathToFileURL(join(dir, 'out', 'entry.mjs')).href}?t=${Date.now()}`)
}

/** Calls fn repeatedly for at least `ms`; returns { calls, elapsedMs, results }. */
function repeatFor(ms, fn) {
  const t0 = performance.now()
  let calls = 0
  let acc = 0
  while (performance.now() - t0 < ms) {
    acc += fn()
    calls++
  }
  return { calls, elapsedMs: performance.now() - t0, acc }
}

/** Median time of `n` calls of fn, in ms (after one warm-up call). */
function medianMs(n, fn) {
  fn()
  const times = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return pct(times, 0.5)
}

/** Heavy-ball steps per second on every built-in surface (300-step runs at β = 0.9). */
function measureSteps(core) {
  const perSurface = {}
  let steps = 0
  let ms = 0
  for (const s of core.surfaces) {
    const o = { start: s.defaultStart, lr: s.suggestedLr, momentum: 0.9, steps: 300 }
    const r = repeatFor(300, () => core.runTrajectory(s, o).points.length - 1)
    perSurface[s.id] = Math.round((r.acc / r.elapsedMs) * 1000)
    steps += r.acc
    ms += r.elapsedMs
  }
  return { stepsPerSecond: Math.round((steps / ms) * 1000), perSurface }
}

/** Grid sampling and contouring ms per surface at 160×100 (640×400 px plot). */
function measureContours(core) {
  const { sampleGrid, computeContours } = core.contours
  const { makeScales } = core.scales
  const perSurface = {}
  for (const s of core.surfaces) {
    const scales = makeScales(s.domain, 640, 400)
    // The contour API is being extended to take a view (domain) argument: count the required
    // parameters so that the bench works with both forms.
    const grid = () =>
      sampleGrid.length >= 4 ? sampleGrid(s, s.domain, NX, NY) : sampleGrid(s, NX, NY)
    const all = () =>
      computeContours.length >= 3
        ? computeContours(s, s.domain, scales, NX, NY)
        : computeContours(s, scales, NX, NY)
    const gridMs = medianMs(7, grid)
    const totalMs = medianMs(7, all)
    perSurface[s.id] = { gridMs, contourMs: Math.max(0, totalMs - gridMs), totalMs }
  }
  const totals = Object.values(perSurface).map((v) => v.totalMs)
  return {
    grid: `${NX}x${NY}`,
    medianTotalMs: pct(totals, 0.5),
    maxTotalMs: Math.max(...totals),
    perSurface,
  }
}

/** Core figures; each part is { error } instead when the current source cannot be measured. */
export async function measureCore() {
  let core
  try {
    core = await buildCore()
  } catch (e) {
    return { error: `could not bundle src/core: ${e.message}` }
  }
  const attempt = (fn) => {
    try {
      return fn(core)
    } catch (e) {
      return { error: e.message }
    }
  }
  return { optimizer: attempt(measureSteps), contours: attempt(measureContours) }
}
