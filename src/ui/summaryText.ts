// The sentences the page states about its runs. Each is computed from the metrics it names, and
// says nothing it has not measured: "sooner" only between runs that reached the same minimum.
import type { Surface } from '../core'
import type { RunResult } from '../state/hooks'
import { formatNumber, formatPoint } from './format'

/** What a sentence reads of a run. */
export type RunFacts = Pick<RunResult, 'label' | 'run' | 'summary'>

/** "1 step", "2 steps". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** A run without momentum: plain gradient descent, whatever its rule says. */
const isPlain = (r: RunFacts) => r.run.momentum === 0 && r.run.rule !== 'ema'

/** The plain gradient-descent run the others are compared with, if there is one. */
export const baseline = <T extends RunFacts>(results: readonly T[]): T | undefined =>
  results.find(isPlain)

/** Which minimum index i of the surface is, for a sentence: "the minimum", "a local minimum at …". */
export function minimumName(surface: Surface, i: number): string {
  const m = surface.minima[i]
  if (!m) return 'a minimum'
  if (surface.minima.length === 1) return 'the minimum'
  const globals = surface.minima.filter((n) => n.isGlobal).length
  const at = `at ${formatPoint(m.x, m.y)}`
  if (m.isGlobal) return globals === 1 ? `the global minimum ${at}` : `a global minimum ${at}`
  return `a local minimum ${at} (f = ${formatNumber(m.f)})`
}

/** One clause on how a run ended: converged (where), diverged, or still on its way. */
export function runOutcome(result: RunFacts, surface: Surface, steps: number): string {
  const s = result.summary
  if (s.divergedAt !== null) return `diverged at step ${s.divergedAt}`
  if (s.convergedAt !== null && s.convergedTo !== null) {
    if (s.convergedAt === 0) return 'starts at the minimum'
    const where = surface.minima.length > 1 ? ` at ${minimumName(surface, s.convergedTo)}` : ''
    return `converged in ${plural(s.convergedAt, 'step')}${where}`
  }
  return `not converged within ${plural(steps, 'step')}`
}

// Best first: a lower minimum, then fewer steps; then runs on their way; diverged runs last.
function rank(r: RunFacts, surface: Surface): [number, number] {
  const s = r.summary
  if (s.divergedAt !== null) return [Infinity, -s.divergedAt]
  if (s.convergedAt === null || s.convergedTo === null) return [1e300, 0]
  return [surface.minima[s.convergedTo]?.f ?? 0, s.convergedAt]
}

/** The momentum run a comparison names: the one that did best by rank. */
export function bestOther<T extends RunFacts>(
  results: readonly T[],
  surface: Surface,
): T | undefined {
  const ranked = results.filter((r) => !isPlain(r)).map((r) => ({ r, k: rank(r, surface) }))
  ranked.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1])
  return ranked[0]?.r
}

const GD = 'gradient descent'
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** The comparing sentence: the best momentum run against plain gradient descent. */
export function comparison(
  results: readonly RunFacts[],
  steps: number,
  surface: Surface,
): string | null {
  const gd = baseline(results)
  const best = bestOther(results, surface)
  if (!gd || !best) return null
  const [g, b, name] = [gd.summary, best.summary, best.label]
  const after = `had not converged after ${plural(steps, 'step')}`
  if (g.divergedAt !== null && b.divergedAt !== null)
    return `${cap(GD)} diverged at step ${g.divergedAt}, ${name} at step ${b.divergedAt}.`
  if (g.divergedAt !== null) {
    const other = b.convergedAt !== null ? `converged in ${plural(b.convergedAt, 'step')}` : after
    return `${cap(GD)} diverged at step ${g.divergedAt}; ${name} ${other}.`
  }
  if (b.divergedAt !== null) {
    const other = g.convergedAt !== null ? `converged in ${plural(g.convergedAt, 'step')}` : after
    return `${name} diverged at step ${b.divergedAt}; ${GD} ${other}.`
  }
  if (g.convergedTo === null && b.convergedTo === null) {
    const loss = `${name}'s loss is ${formatNumber(b.finalLoss)}, ${GD}'s ${formatNumber(g.finalLoss)}`
    return `Neither ${name} nor ${GD} converged within ${plural(steps, 'step')}; ${loss}.`
  }
  if (b.convergedTo === null)
    return `${cap(GD)} converged in ${plural(g.convergedAt!, 'step')}; ${name} ${after}.`
  if (g.convergedTo === null)
    return `${name} converged in ${plural(b.convergedAt!, 'step')}; ${GD} ${after}.`
  const [gs, bs] = [g.convergedAt!, b.convergedAt!]
  if (g.convergedTo !== b.convergedTo) {
    return (
      `${name} reached ${minimumName(surface, b.convergedTo)} in ${plural(bs, 'step')}; ` +
      `${GD} stopped at ${minimumName(surface, g.convergedTo)} after ${plural(gs, 'step')}.`
    )
  }
  const where = minimumName(surface, b.convergedTo)
  if (gs === 0 && bs === 0) return `Both runs start at ${where}.`
  const counts = `(${plural(Math.min(gs, bs), 'step')} against ${Math.max(gs, bs)})`
  const ratio = gs / Math.max(1, bs)
  if (ratio >= 1.05)
    return `${name} reached ${where} ${formatNumber(ratio, 2)}× sooner than ${GD} ${counts}.`
  if (ratio <= 0.95)
    return `${cap(GD)} reached ${where} ${formatNumber(bs / Math.max(1, gs), 2)}× sooner than ${name} ${counts}.`
  return `${name} and ${GD} took about as long to reach ${where} (${bs} and ${gs} steps).`
}
