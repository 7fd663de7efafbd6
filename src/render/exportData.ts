import type { RunResult } from '../state/hooks'

/** What an empty CSV cell or a JSON null stands for: never NaN or Infinity in an export. */
export const MISSING_VALUE = 'not a finite number: f is undefined or infinite at that point'

/** A number for an export cell: itself when finite, else empty (see MISSING_VALUE). */
const cell = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? String(v) : '')

/**
 * Trajectories as CSV: a first line saying what an empty cell means, then the header and one row
 * per run and step (run, label, rule, momentum, step, x, y, loss).
 */
export function trajectoriesCsv(results: readonly RunResult[]): string {
  const rows = [`# An empty cell is ${MISSING_VALUE}.`, 'run,label,rule,momentum,step,x,y,loss']
  for (const r of results) {
    // Labels are ours ("Momentum 0.9 (Nesterov)"), but quote them anyway: CSV-safe whatever they hold.
    const label = `"${r.label.replace(/"/g, '""')}"`
    r.trajectory.points.forEach(([x, y], k) => {
      rows.push(
        `${r.run.id},${label},${r.run.rule},${r.run.momentum},${k},${cell(x)},${cell(y)},${cell(r.trajectory.losses[k])}`,
      )
    })
  }
  return rows.join('\n') + '\n'
}

/** JSON's value for a number: itself when finite, else null (see MISSING_VALUE). */
const value = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null)

/** Trajectories as JSON, with each run's settings and outcome; `null` means MISSING_VALUE. */
export function trajectoriesJson(
  results: readonly RunResult[],
  shared: { surface: string; lr: number; start: readonly number[]; steps: number },
): string {
  return JSON.stringify(
    {
      null: MISSING_VALUE,
      ...shared,
      runs: results.map((r) => ({
        id: r.run.id,
        label: r.label,
        momentum: r.run.momentum,
        rule: r.run.rule,
        divergedAt: r.summary.divergedAt,
        convergedAt: r.summary.convergedAt,
        steps: r.trajectory.points.map(([x, y], k) => ({
          step: k,
          x: value(x),
          y: value(y),
          loss: value(r.trajectory.losses[k]),
        })),
      })),
    },
    null,
    1,
  )
}

/**
 * A standalone SVG document of a plot: namespaced, white background, and what is drawn in
 * separate SVGs beneath it (`backgrounds`, bottom first: the contours, the minima and any runs
 * drawn under a focused one) merged back in under the runs.
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  backgrounds: readonly (SVGSVGElement | null)[] = [],
): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const under = backgrounds.flatMap((b) => Array.from(b?.children ?? []))
  for (const layer of under.reverse()) {
    copy.insertBefore(layer.cloneNode(true), copy.firstChild)
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  const box = svg.viewBox.baseVal
  if (box && box.width > 0) {
    copy.setAttribute('width', String(box.width))
    copy.setAttribute('height', String(box.height))
  }
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  bg.setAttribute('width', '100%')
  bg.setAttribute('height', '100%')
  bg.setAttribute('fill', '#fff')
  copy.insertBefore(bg, copy.firstChild)
  return new XMLSerializer().serializeToString(copy)
}
