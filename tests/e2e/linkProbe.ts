// Opens many links in one page load: each goes in through history.pushState and a popstate
// event, which the page answers like a fresh load of that link (main.tsx). After each link the
// probe waits until the page is quiet and reports what a reader (or a hostile link) could break.
import type { Page } from '@playwright/test'
import { maxOf, pushAll } from '../../src/core/extent'
import { scanForNonFinite } from './scanDom'

/** What one link did. */
export interface LinkReport {
  readonly link: string
  /**
   * Main-thread tasks over 50 ms of CPU time (ms each), from the link's arrival until quiet, when
   * the probe traces (the benchmark does; tests do not assert time). CPU, not wall time: on a
   * shared machine other processes stretch a 2 ms task to 100 ms.
   */
  readonly longTasks: number[]
  /** The longest task's CPU and wall time (0 when not traced). */
  readonly longestCpuMs: number
  readonly longestWallMs: number
  readonly errors: string[]
  /** NaN/Infinity in the DOM that the link's own text did not bring (notices quote it). */
  readonly nonFinite: string[]
  /** Whether the figure is there: a drawn run path, and no error boundary message. */
  readonly isDrawn: boolean
}

/** Loads the page once and starts recording errors (and, with `trace`, main-thread tasks). */
export async function openProbe(page: Page, { trace = false } = {}) {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('./')
  await page.locator('path[data-trajectory]').first().waitFor({ state: 'attached' })
  await quiet(page)

  return async function visit(link: string): Promise<LinkReport> {
    const before = errors.length
    const arrive = async () => {
      await page.evaluate((query) => {
        history.pushState(null, '', `${location.pathname}?${query}`)
        dispatchEvent(new PopStateEvent('popstate'))
      }, link)
      await quiet(page)
    }
    const tasks = trace ? await traceTasks(page, arrive) : (await arrive(), [])
    const longTasks = tasks.filter((t) => t.cpuMs > 50).map((t) => Math.round(t.cpuMs))
    const longestCpuMs = Math.round(
      maxOf(
        tasks.map((t) => t.cpuMs),
        0,
      ),
    )
    const longestWallMs = Math.round(
      maxOf(
        tasks.map((t) => t.wallMs),
        0,
      ),
    )
    // Parts of the figure load lazily (the embed's view, the results): give them time to arrive.
    await page
      .locator('path[data-trajectory], .me-figure-error')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {})
    const isDrawn = await page.evaluate(
      () =>
        !document.querySelector('.me-figure-error') &&
        /^M[\d.-]+,[\d.-]+/.test(
          document.querySelector('path[data-trajectory]')?.getAttribute('d') ?? '',
        ),
    )
    // Notices quote the link's own text ('NaN'); a link that says NaN may see it echoed in text.
    const echoes = /NaN|Infinity/.test(decodeURIComponent(link))
    const nonFinite = (await scanForNonFinite(page)).filter(
      (s) => !/'[^']*(NaN|Infinity)[^']*'/.test(s) && !(echoes && s.startsWith('text in')),
    )
    return {
      link,
      longTasks,
      longestCpuMs,
      longestWallMs,
      errors: errors.slice(before),
      nonFinite,
      isDrawn,
    }
  }
}

/**
 * Waits until the page is quiet: no DOM change for 150 ms, no training in progress (at most
 * 15 s), then two more frames.
 */
async function quiet(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const t0 = performance.now()
        let last = performance.now()
        const observer = new MutationObserver(() => (last = performance.now()))
        observer.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        })
        const check = () => {
          const now = performance.now()
          const isTraining = document.querySelector('.me-training') !== null
          if ((now - last > 150 && !isTraining) || now - t0 > 15_000) {
            observer.disconnect()
            requestAnimationFrame(() => requestAnimationFrame(() => done()))
          } else setTimeout(check, 50)
        }
        setTimeout(check, 50)
      }),
  )
}

/** A Chrome trace of the page's main thread while `during` runs: each task's CPU time. */
export async function traceTasks(page: Page, during: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page)
  const events: {
    name: string
    pid: number
    tid: number
    dur?: number
    tdur?: number
    args?: { name?: string }
  }[] = []
  cdp.on('Tracing.dataCollected', (e) => pushAll(events, e.value as unknown as typeof events))
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done))
  await cdp.send('Tracing.start', {
    categories: 'disabled-by-default-devtools.timeline,devtools.timeline',
    transferMode: 'ReportEvents',
  })
  await during()
  await cdp.send('Tracing.end')
  await complete
  await cdp.detach()
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  return events
    .filter((e) => e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }))
}
