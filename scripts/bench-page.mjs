// In-page measurements of the built site: load (first contour, first trajectory), playback
// (frames, dropped frames, long tasks, how often trajectories were redrawn) and the JS heap.
import { offlinePage } from './bench-lib.mjs'

const CONTOUR = '.me-contours path'
const TRAJECTORY = 'path[data-trajectory]'

// Runs in the page before its scripts: notes when the first contour and first trajectory have
// geometry (ms since navigation start), counts long tasks and trajectory redraws.
function loadProbe([contourSel, trajectorySel]) {
  const st = { firstContourMs: null, firstTrajectoryMs: null, longTasks: 0, redraws: 0 }
  window.__bench = st
  const drawn = (sel) =>
    [...document.querySelectorAll(sel)].some((e) => (e.getAttribute('d') || '').length > 10)
  new MutationObserver((records) => {
    if (st.firstContourMs === null && drawn(contourSel)) st.firstContourMs = performance.now()
    if (st.firstTrajectoryMs === null && drawn(trajectorySel))
      st.firstTrajectoryMs = performance.now()
    const hit = (r) =>
      r.type === 'attributes'
        ? r.target.matches(trajectorySel)
        : [...r.addedNodes].some(
            (n) => n.nodeType === 1 && n.matches(`${trajectorySel}, :has(${trajectorySel})`),
          )
    if (records.some(hit)) st.redraws++
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['d'] })
  try {
    new PerformanceObserver((l) => {
      st.longTasks += l.getEntries().length
    }).observe({ type: 'longtask', buffered: false })
  } catch {
    // no Long Tasks API: stays 0
  }
}

/** Opens url in a fresh offline page and waits (≤ 15 s) for a trajectory; returns { page, load }. */
export async function openSite(browser, url) {
  const { context, page } = await offlinePage(browser)
  await page.addInitScript(loadProbe, [CONTOUR, TRAJECTORY])
  await page.goto(url, { waitUntil: 'load' })
  await page
    .waitForFunction(() => window.__bench.firstTrajectoryMs !== null, null, { timeout: 15_000 })
    .catch(() => {})
  await page.waitForTimeout(300)
  const load = await page.evaluate(() => ({
    firstContourMs: window.__bench.firstContourMs,
    firstTrajectoryMs: window.__bench.firstTrajectoryMs,
  }))
  return { context, page, load }
}

/** The page's Play button, or null when the build has none. */
export async function playButton(page) {
  const button = page.getByRole('button', { name: /^\s*(play|replay|resume)\b/i }).first()
  return (await button.count()) > 0 ? button : null
}

/** Presses Play, then Play again whenever the run ends, for `seconds`; returns the restarts. */
export async function keepPlaying(page, play, seconds) {
  await play.click()
  const until = Date.now() + seconds * 1000
  let restarts = 0
  const redraws = () => page.evaluate(() => window.__bench.redraws)
  let seen = await redraws()
  while (Date.now() < until) {
    await page.waitForTimeout(Math.min(500, Math.max(0, until - Date.now())))
    // Press again only when nothing moved for half a second and the button is not a pressed
    // toggle: pressing a playing toggle would pause it.
    const now = await redraws()
    const isStill = now === seen
    seen = now
    const again = isStill && Date.now() < until ? await playButton(page) : null
    const isPressed = again && (await again.getAttribute('aria-pressed')) === 'true'
    if (again && !isPressed && (await again.isEnabled())) {
      await again.click()
      restarts++
    }
  }
  return restarts
}

/** Moves the second run's momentum slider by keyboard, back and forth, for `seconds`. */
export async function keepDragging(page, seconds) {
  const slider = page.locator('input[aria-label^="Momentum"]').nth(1)
  await slider.focus()
  const until = Date.now() + seconds * 1000
  for (let i = 0; Date.now() < until; i++) {
    await page.keyboard.press(Math.floor(i / 20) % 2 ? 'ArrowRight' : 'ArrowLeft')
  }
}

/**
 * Presses Play and counts animation frames for `seconds`, pressing Play again whenever the run
 * ends (so 10 s of playback is 10 s of motion). Returns null when there is no Play button.
 */
export async function measurePlayback(page, seconds) {
  // The page plays the race once on load: pause it first, so Play is there to press.
  const pause = page.getByRole('button', { name: /^\s*pause\b/i }).first()
  if ((await pause.count()) > 0) await pause.click()
  const play = await playButton(page)
  if (!play) return null
  const start = await page.evaluate(() => ({
    longTasks: window.__bench.longTasks,
    redraws: window.__bench.redraws,
  }))
  await page.evaluate(() => {
    const f = { times: [], on: true }
    window.__frames = f
    const tick = (t) => {
      f.times.push(t)
      if (f.on) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const restarts = await keepPlaying(page, play, seconds)
  const r = await page.evaluate(() => {
    window.__frames.on = false
    const t = window.__frames.times
    const gaps = t.slice(1).map((v, i) => v - t[i])
    const frameMs = 1000 / 60
    return {
      frames: t.length,
      spanMs: t.length > 1 ? t[t.length - 1] - t[0] : 0,
      // A gap of k frame periods means k − 1 frames that were never drawn.
      dropped: gaps.reduce((a, g) => a + Math.max(0, Math.round(g / frameMs) - 1), 0),
      worstGapMs: gaps.length ? Math.max(...gaps) : null,
      longTasks: window.__bench.longTasks,
      redraws: window.__bench.redraws,
    }
  })
  return {
    seconds,
    fps: r.spanMs > 0 ? ((r.frames - 1) * 1000) / r.spanMs : null,
    droppedFrames: r.dropped,
    worstFrameGapMs: r.worstGapMs,
    longTasks: r.longTasks - start.longTasks,
    trajectoryRedraws: r.redraws - start.redraws,
    restarts,
  }
}

/** JS heap in use (bytes) after a forced garbage collection, through the DevTools protocol. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null
  } finally {
    await cdp.detach()
  }
}

/** Median first-contour / first-trajectory times (ms from navigation) over `n` fresh loads. */
export async function measureLoad(browser, url, n = 3) {
  const loads = []
  for (let i = 0; i < n; i++) {
    const { context, load } = await openSite(browser, url)
    loads.push(load)
    await context.close()
  }
  const med = (k) => {
    const v = loads
      .map((l) => l[k])
      .filter((x) => x !== null)
      .sort((a, b) => a - b)
    return v.length ? v[Math.floor(v.length / 2)] : null
  }
  return {
    firstContourMs: med('firstContourMs'),
    firstTrajectoryMs: med('firstTrajectoryMs'),
    loads,
  }
}

/** What the page drew for a query: momentum sliders, trajectories and plots (svg elements). */
export async function pageShape(browser, url) {
  const { context, page } = await openSite(browser, url)
  const count = (sel) => page.locator(sel).count()
  const shape = {
    sliders: await count('input[aria-label^="Momentum"]'),
    trajectories: await count('path[data-trajectory]'),
    plots: await count('svg:has(.me-contours)'),
  }
  await context.close()
  return shape
}
