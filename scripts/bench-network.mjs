// The digits network's numbers, printed (never asserted): training time of two runs, projection
// and landscape times, and the outcome of GD against momentum on the defaults and over 10 seeds.
// Node 20 cannot import .ts, so the network core is bundled once with Vite's SSR build into
// bench-results/network/ and imported from there.
// Usage: node scripts/bench-network.mjs [--seeds 10] [--epochs 30]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const SEEDS = arg('seeds', 10)
const EPOCHS = arg('epochs', 30)
const DEFAULTS = { lr: 0.05, batchSize: 32, epochs: EPOCHS, seed: 1 }
const RUNS = [
  { label: 'GD', momentum: 0 },
  { label: 'momentum 0.9', momentum: 0.9 },
]

async function buildNetwork() {
  const dir = join(ROOT, 'bench-results', 'network')
  mkdirSync(dir, { recursive: true })
  const entry = join(dir, 'entry.js')
  writeFileSync(
    entry,
    [
      `export * from ${JSON.stringify(join(ROOT, 'src/core/network/index.ts'))}`,
      `export { landscapeDomain } from ${JSON.stringify(join(ROOT, 'src/workers/networkJob.ts'))}`,
      `export { NETWORK_SIDES } from ${JSON.stringify(join(ROOT, 'src/workers/networkProtocol.ts'))}`,
      `export { sampleRows } from ${JSON.stringify(join(ROOT, 'src/workers/gridSample.ts'))}`,
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
  return import(`${pathToFileURL(join(dir, 'out', 'entry.mjs')).href}?t=${Date.now()}`)
}

// Wall time, and this process's CPU time: on a shared, loaded machine the CPU time is what the
// same single-threaded work takes on a core of its own (a worker gets one).
const time = (fn) => {
  const [t0, c0] = [performance.now(), process.cpuUsage()]
  const value = fn()
  const c = process.cpuUsage(c0)
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value }
}
const both = (...ts) => {
  const sum = (k) => ts.reduce((s, t) => s + t[k], 0) / 1000
  return `${sum('ms').toFixed(2)} s wall, ${sum('cpuMs').toFixed(2)} s CPU`
}
const mean = (xs) => xs.reduce((s, v) => s + v, 0) / xs.length
const sd = (xs) => Math.sqrt(mean(xs.map((v) => (v - mean(xs)) ** 2)))
const fmt = (v, d = 4) => v.toFixed(d)

const net = await buildNetwork()
const bytes = new Uint8Array(gunzipSync(readFileSync(join(ROOT, 'public/digits.bin.gz'))))
const split = net.splitDigits(net.parseDigits(bytes))

// Timing: exactly what the worker does for ?surface=digits&runs=0,0.9, without the slicing.
const trained = time(() => RUNS.map((r) => net.trainNetwork(split, { ...DEFAULTS, ...r })))
const records = trained.value
const plane = time(() => net.principalPlane(records.flatMap((r) => r.snapshots)))
const paths = records.map((r) => ({
  path: Float64Array.from(r.snapshots.flatMap((w) => net.projectOnto(plane.value, w))),
}))
const domain = net.landscapeDomain({
  runs: paths,
  explained: plane.value.explained,
  axisShares: [0, 0],
})
const loss = time(() => net.planeLoss(split.train, plane.value))
const grid = (side) =>
  time(() => {
    const g = { domain, nx: side, ny: side }
    const values = new Float64Array(side * side)
    net.sampleRows({ f: loss.value }, g, values, 0, side)
    return values
  })
const coarse = grid(net.NETWORK_SIDES.coarse)
const refined = grid(net.NETWORK_SIDES.refined)
console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
)
console.log(`digits network: 2 runs × ${EPOCHS} epochs, batch 32, lr 0.05`)
console.log(`  training (both runs)        ${both(trained)}   (target < 3 s)`)
console.log(
  `  projection (${records.reduce((s, r) => s + r.snapshots.length, 0)} snapshots)   ${both(plane)}, plane explains ${fmt(100 * plane.value.explained, 1)} % of the variance`,
)
console.log(`  plane's first layer         ${both(loss)}`)
console.log(
  `  coarse ${net.NETWORK_SIDES.coarse}×${net.NETWORK_SIDES.coarse} contours     ${both(plane, loss, coarse)} after training (target < 2 s)`,
)
console.log(
  `  refined ${net.NETWORK_SIDES.refined}×${net.NETWORK_SIDES.refined} contours    ${both(plane, loss, coarse, refined)} after training (target < 8 s)`,
)
for (const [i, r] of RUNS.entries()) {
  const e = records[i].epochs.at(-1)
  console.log(
    `  ${r.label.padEnd(14)} train loss ${fmt(e.trainLoss)}  test loss ${fmt(e.testLoss)}  test accuracy ${fmt(100 * e.testAccuracy, 2)} %`,
  )
}

// Over seeds: each seed draws new initial weights and a new batch order, shared by all runs.
// The third line is the honest control: plain GD at lr/(1 − β), momentum 0.9's effective step.
const SEEDED = [...RUNS, { label: 'GD at lr 0.5', momentum: 0, lr: DEFAULTS.lr / (1 - 0.9) }]
const outcomes = SEEDED.map(() => ({ trainLoss: [], testAccuracy: [], testLoss: [] }))
const wins = SEEDED.map(() => ({ lowerLoss: 0, higherAccuracy: 0, sameAccuracy: 0 }))
for (let seed = 1; seed <= SEEDS; seed++) {
  const ends = SEEDED.map((r) => net.trainNetwork(split, { ...DEFAULTS, ...r, seed }).epochs.at(-1))
  ends.forEach((e, i) => {
    outcomes[i].trainLoss.push(e.trainLoss)
    outcomes[i].testLoss.push(e.testLoss)
    outcomes[i].testAccuracy.push(e.testAccuracy)
    if (ends[1].trainLoss < e.trainLoss) wins[i].lowerLoss++
    if (ends[1].testAccuracy > e.testAccuracy) wins[i].higherAccuracy++
    if (ends[1].testAccuracy === e.testAccuracy) wins[i].sameAccuracy++
  })
}
console.log(`over seeds 1–${SEEDS} (mean ± sd):`)
for (const [i, r] of SEEDED.entries()) {
  const o = outcomes[i]
  console.log(
    `  ${r.label.padEnd(14)} train loss ${fmt(mean(o.trainLoss))} ± ${fmt(sd(o.trainLoss))}  test loss ${fmt(mean(o.testLoss))} ± ${fmt(sd(o.testLoss))}  test accuracy ${fmt(100 * mean(o.testAccuracy), 2)} ± ${fmt(100 * sd(o.testAccuracy), 2)} %`,
  )
}
for (const i of [0, 2]) {
  const w = wins[i]
  console.log(
    `  momentum 0.9 against ${SEEDED[i].label}: train loss lower in ${w.lowerLoss} of ${SEEDS}; test accuracy higher in ${w.higherAccuracy}, equal in ${w.sameAccuracy}`,
  )
}
