import type { RunResult } from '../state/derived'

/** Trajectories as CSV: one row per run and step (run, label, rule, momentum, step, x, y, loss). */
export function trajectoriesCsv(results: readonly RunResult[]): string {
  const rows = ['run,label,rule,momentum,step,x,y,loss']
  for (const r of results) {
    // Labels are ours ("Momentum 0.9 (Nesterov)"), but quote them anyway: CSV-safe whatever they hold.
    const label = `"${r.label.replace(/"/g, '""')}"`
    r.trajectory.points.forEach(([x, y], k) => {
      rows.push(
        `${r.run.id},${label},${r.run.rule},${r.run.momentum},${k},${x},${y},${r.trajectory.losses[k]}`,
      )
    })
  }
  return rows.join('\n') + '\n'
}

/** Trajectories as JSON, with each run's settings and outcome (only finite numbers, ever). */
export function trajectoriesJson(
  results: readonly RunResult[],
  shared: { surface: string; lr: number; start: readonly number[]; steps: number },
): string {
  return JSON.stringify(
    {
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
          x,
          y,
          loss: r.trajectory.losses[k],
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
 * drawn apart) merged back in under the runs.
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
