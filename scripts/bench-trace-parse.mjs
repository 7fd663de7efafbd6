// Main-thread time from a Chromium trace (Playwright's browser.startTracing): how long the page's
// renderer main thread was busy, split into script, style, layout and paint. Pure, so it is tested.

/** Trace event names per kind of work (Chromium's devtools.timeline names). */
export const KINDS = {
  script: [
    'EventDispatch',
    'FunctionCall',
    'EvaluateScript',
    'v8.compile',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'v8.evaluateModule',
    'FireIdleCallback',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'Commit'],
}
const KIND_OF = new Map(Object.entries(KINDS).flatMap(([k, names]) => names.map((n) => [n, k])))
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])

/** The pid and tid of the busiest renderer main thread (CrRendererMain) in the trace. */
export function rendererMain(events) {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name')
  const mains = names.filter((e) => e.args?.name === 'CrRendererMain')
  let best = null
  let bestTime = -1
  for (const m of mains) {
    let time = 0
    for (const e of events)
      if (e.pid === m.pid && e.tid === m.tid && TASKS.has(e.name) && e.ph === 'X')
        time += e.dur ?? 0
    if (time > bestTime) [best, bestTime] = [{ pid: m.pid, tid: m.tid }, time]
  }
  return best
}

/**
 * Milliseconds of main-thread CPU (thread time, `tdur`; wall time where an event lacks it) between `from` and `to` (trace µs; omit for all): `busy`
 * (top-level tasks), and per kind the time of its outermost events (a FunctionCall inside an
 * EventDispatch counts once; a Layout forced by script counts as layout and as script).
 */
export function mainThreadTimes(events, thread, from = -Infinity, to = Infinity) {
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
    .filter((e) => e.ts >= from && e.ts + (e.dur ?? 0) <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const totals = { busy: 0, script: 0, style: 0, layout: 0, paint: 0 }
  const openUntil = {
    busy: -Infinity,
    script: -Infinity,
    style: -Infinity,
    layout: -Infinity,
    paint: -Infinity,
  }
  for (const e of own) {
    const kind = TASKS.has(e.name) ? 'busy' : KIND_OF.get(e.name)
    if (!kind || e.ts < openUntil[kind]) continue // nested in one already counted
    totals[kind] += (e.tdur ?? e.dur ?? 0) / 1000 // thread time where the trace has it: load-proof
    openUntil[kind] = e.ts + (e.dur ?? 0)
  }
  return totals
}
