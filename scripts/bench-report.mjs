// Pure helpers of `npm run bench`: the targets of issue 9 checked against one run's results, and
// a plain-text table. Kept apart from the browser code so that they can be unit-tested.

/** Every target of issue 9 that the bench can check, as data. */
export const TARGETS = {
  floorP50SlackMs: 2,
  floorP95SlackMs: 3,
  minFps: 55,
  budgetGzipBytes: 100 * 1024,
}

const usable = (c) => c && !c.error && c.latencyMs && c.latencyMs.samples > 0

/** One target row: status is PASS, MISS or n/a (when a measurement is missing). */
function check(target, ok, detail) {
  return { target, status: ok === null ? 'n/a' : ok ? 'PASS' : 'MISS', detail }
}

/** `ours` within `slack` ms of `ref` (slack 0: no worse than ref) for one latency quantile. */
function compare(target, ours, ref, q, slack) {
  if (!usable(ours) || !usable(ref)) {
    return check(target, null, ours?.error ?? ref?.error ?? 'no repainted steps to time')
  }
  const d = ours.latencyMs[q] - ref.latencyMs[q]
  const sign = d >= 0 ? '+' : ''
  return check(
    target,
    d <= slack,
    `${ours.latencyMs[q].toFixed(1)} vs ${ref.latencyMs[q].toFixed(1)} ms (${sign}${d.toFixed(1)}, limit +${slack})`,
  )
}

/**
 * The targets, given the harness results by case id (floor-mouse, floor-keyboard, distill-mouse,
 * ours-2-mouse, ours-2-keyboard, ours-6-overlay-mouse, ours-6-split-mouse), the playback figures
 * (or null) and the bundle sizes from bench-size.mjs.
 */
export function evaluateTargets(cases, playback, bundles) {
  const t = TARGETS
  const rows = [
    compare(
      '2 runs, mouse: p50 ≤ floor + 2 ms',
      cases['ours-2-mouse'],
      cases['floor-mouse'],
      'p50',
      t.floorP50SlackMs,
    ),
    compare(
      '2 runs, mouse: p95 ≤ floor + 3 ms',
      cases['ours-2-mouse'],
      cases['floor-mouse'],
      'p95',
      t.floorP95SlackMs,
    ),
    compare(
      '2 runs, keyboard: p50 ≤ floor + 2 ms',
      cases['ours-2-keyboard'],
      cases['floor-keyboard'],
      'p50',
      t.floorP50SlackMs,
    ),
    compare(
      '2 runs, keyboard: p95 ≤ floor + 3 ms',
      cases['ours-2-keyboard'],
      cases['floor-keyboard'],
      'p95',
      t.floorP95SlackMs,
    ),
  ]
  for (const q of ['p50', 'p95']) {
    // Issue #7: dragging while the tuning map computes (in its worker) is as fast as without it.
    const map = cases['ours-2-map-mouse']
    rows.push(
      compare(
        `2 runs + map computing: ${q} ≤ without map + 2 ms`,
        map,
        cases['ours-2-mouse'],
        q,
        2,
      ),
    )
  }
  for (const layout of ['overlay', 'split']) {
    for (const q of ['p50', 'p95']) {
      const ours = cases[`ours-6-${layout}-mouse`]
      rows.push(compare(`6 runs ${layout}: ${q} ≤ Distill`, ours, cases['distill-mouse'], q, 0))
    }
  }
  const ourCases = Object.entries(cases).filter(([id]) => id.startsWith('ours-'))
  const measured = ourCases.filter(([, c]) => usable(c))
  const longTasks = measured.reduce((a, [, c]) => a + sum(c.longTasksDuringDrag), 0)
  rows.push(
    check(
      'no long task during a drag',
      measured.length ? longTasks === 0 : null,
      `${longTasks} long tasks over ${measured.length} cases`,
    ),
  )
  const unchanged = measured
    .filter(([, c]) => sum(c.unchangedSteps) > 0)
    .map(([id, c]) => `${id} ${sum(c.unchangedSteps)}`)
  rows.push(
    check(
      'every drag step repaints',
      measured.length ? unchanged.length === 0 : null,
      unchanged.length ? `unchanged: ${unchanged.join(', ')}` : `${measured.length} cases`,
    ),
  )
  rows.push(
    playback && playback.fps !== null
      ? check(
          `6-run playback ≥ ${t.minFps} fps`,
          playback.fps >= t.minFps,
          `${playback.fps.toFixed(1)} fps, ${playback.droppedFrames} dropped, ${playback.longTasks} long tasks`,
        )
      : check(`6-run playback ≥ ${t.minFps} fps`, null, 'no Play button in this build'),
  )
  for (const [name, m] of [
    ['page', bundles?.page],
    ['embed bundle', bundles?.embed],
  ]) {
    rows.push(
      m
        ? check(
            `${name} initial JS ≤ 100 KB gzip`,
            m.gzip <= t.budgetGzipBytes,
            `${(m.gzip / 1024).toFixed(1)} KB gzip`,
          )
        : check(`${name} initial JS ≤ 100 KB gzip`, null, `no ${name} yet`),
    )
  }
  return rows
}

const sum = (xs) => (Array.isArray(xs) ? xs.reduce((a, b) => a + b, 0) : 0)

/**
 * The targets over several whole runs (`npm run bench -- --repeat N`): per target, in how many
 * runs it was met, and each run's figure. One run's mouse p95 turns on whether a few percent of
 * steps miss a frame, so a verdict that holds needs more than one run.
 */
export function tallyTargets(runs) {
  const names = [...new Set(runs.flatMap((rows) => rows.map((r) => r.target)))]
  return names.map((target) => {
    const rows = runs.map((rows) => rows.find((r) => r.target === target))
    const judged = rows.filter((r) => r && r.status !== 'n/a')
    const met = judged.filter((r) => r.status === 'PASS').length
    return {
      target,
      met,
      of: judged.length,
      details: rows.map((r) => (r ? `${r.status} ${r.detail}` : 'n/a')),
    }
  })
}

/**
 * The 2-run mouse p95 target (≤ floor + 3 ms) applied, over all repeats, to the calibration pages
 * (`floor-plus-<ms>-mouse`: the floor with that much busy work per input) and to ours: the rung
 * of that ladder where ours sits says what its steps cost in this measurement, which one pass or
 * miss cannot. Calibration pages in ascending order of ms, ours last.
 */
export function calibrationTally(repeats) {
  const ms = (id) => Number(/^floor-plus-(\d+)-mouse$/.exec(id)?.[1])
  const ids = [...new Set(repeats.flatMap((c) => Object.keys(c)))]
    .filter((id) => Number.isFinite(ms(id)))
    .sort((a, b) => ms(a) - ms(b))
  if (ids.length === 0) return []
  const slack = TARGETS.floorP95SlackMs
  return tallyTargets(
    repeats.map((c) =>
      [...ids, 'ours-2-mouse'].map((id) => compare(id, c[id], c['floor-mouse'], 'p95', slack)),
    ),
  )
}

/** Rows of cells as aligned columns (the first row is the header), separated by two spaces. */
export function formatTable(rows) {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))))
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  return [
    line(cells[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n')
}

/**
 * Heap growth over a soak from all its samples ({ minute, bytes }, after forced GCs): the
 * least-squares line's rise from the first to the last minute, in % of its start. One reading
 * wanders by ±0.5 MB with where playback happens to be, so first-vs-last alone can show growth
 * that is not there (or hide some that is); a steady leak shows in the line either way.
 */
export function heapTrend(samples) {
  const n = samples.length
  if (n < 3) return null
  const mx = samples.reduce((a, s) => a + s.minute, 0) / n
  const my = samples.reduce((a, s) => a + s.bytes, 0) / n
  let sxy = 0
  let sxx = 0
  for (const s of samples) {
    sxy += (s.minute - mx) * (s.bytes - my)
    sxx += (s.minute - mx) ** 2
  }
  if (sxx === 0) return null
  const slope = sxy / sxx
  const first = samples[0].minute
  const last = samples[n - 1].minute
  const start = my + slope * (first - mx)
  const end = my + slope * (last - mx)
  return { bytesPerMinute: slope, start, end, growthPct: ((end - start) / start) * 100 }
}
