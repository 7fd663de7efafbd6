import type { Surface } from '../../core'
import { buildScene } from '../../export/buildScene'
import type { Scene } from '../../export/scene'
import { contoursFor } from '../../render/contours'
import { makeScales } from '../../render/scales'
import { isExpensiveSurface } from '../useAsyncContours'
import type { RunResult } from '../../state/hooks'
import type { ExplorerState } from '../../state/store'
import { comparison } from '../summaryText'

/** The page's plot size when no plot is on screen to read it from (Figure's). */
const FALLBACK_PLOT = { width: 640, height: 400 }

/**
 * The contour bands exactly as the page's SVG draws them (its path strings and fills), read from
 * the first plot under `root`; computed with the same function when no plot is there.
 */
function pageContours(root: HTMLElement | null) {
  const bg = root?.querySelector<SVGSVGElement>('svg.me-plot-bg') ?? null
  const box = bg?.viewBox?.baseVal
  const plot =
    box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : null
  const paths = Array.from(bg?.querySelectorAll('.me-contours path') ?? [])
  const contours = paths
    .map((p) => ({ d: p.getAttribute('d') ?? '', fill: p.getAttribute('fill') ?? '#e6e6e6' }))
    .filter((c) => c.d !== '')
  return { plot, contours }
}

/** The scene of what the figure shows now: its runs, contours, start and comparing sentence. */
export function pageScene(
  root: HTMLElement | null,
  state: ExplorerState,
  surface: Surface,
  results: readonly RunResult[],
  total: number,
): Scene {
  const domain = state.view ?? surface.domain
  const read = pageContours(root)
  const plot = read.plot ?? FALLBACK_PLOT
  // A data-set surface's grid takes a worker (see useAsyncContours): none rather than a long task.
  const contours =
    read.contours.length || isExpensiveSurface(surface)
      ? read.contours
      : contoursFor(surface, domain, makeScales(domain, plot.width, plot.height)).bands
  return buildScene({
    surface,
    domain,
    plot,
    contours: contours.map((c) => ({ d: c.d, fill: c.fill })),
    results,
    start: state.start,
    total,
    // The sentence the page's Summary shows, through the function it uses.
    caption: comparison(results, total, surface),
  })
}
