import { dot, type Vec2 } from '../../core'

/** One axis of a velocity being built: the weighted gradient parts, oldest first, and their sum. */
export interface AxisTerms {
  /** terms[0] gathers every gradient older than the ones shown (0 when there are none). */
  readonly terms: readonly number[]
  readonly sum: number
}

/**
 * Heavy ball's velocity after the gradients `grads` (oldest first), v = Σⱼ βʲ g₋ⱼ, as its last
 * `shown` weighted terms plus one for all older ones, split along a direction. The terms add up
 * to the velocity's part along it exactly.
 */
export function axisTerms(
  grads: readonly Vec2[],
  beta: number,
  direction: Vec2,
  shown: number,
): AxisTerms {
  const n = grads.length
  const weighted = grads.map((g, i) => beta ** (n - 1 - i) * dot(g, direction))
  const split = Math.max(0, n - shown)
  const older = weighted.slice(0, split).reduce((a, b) => a + b, 0)
  const terms = [older, ...weighted.slice(split)]
  return { terms, sum: terms.reduce((a, b) => a + b, 0) }
}
