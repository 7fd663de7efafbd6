// The contraction per step a run actually showed, to set beside theory's prediction.

/** Fewer points than this give no estimate: the transient would dominate. */
export const MIN_RATE_POINTS = 12

/**
 * The run's measured rate per step of the distance to the minimum, from its losses: on a
 * quadratic, loss − f* ∝ distance², so rate = ((loss_k − f*)/(loss_j − f*))^(1/(2(k−j))).
 * Heavy ball's loss oscillates (complex roots), so j and k are the highest losses in a window
 * early and late in the tail: those peaks lie on the envelope r^(2k) that the rate describes.
 * `end` is the last index to use (the step it converged at: later losses shrink towards
 * underflow). Null when the run is too short or a loss is not above f*.
 * @example measuredRate(trajectory.losses, 0, summary.convergedAt ?? undefined)
 */
export function measuredRate(
  losses: readonly number[],
  minLoss: number,
  end = losses.length - 1,
): number | null {
  const last = Math.min(end, losses.length - 1)
  if (last + 1 < MIN_RATE_POINTS) return null
  const gap = (i: number) => (losses[i] as number) - minLoss
  // Skip the first third (the fast mode's transient); windows a sixth of the run wide.
  const width = Math.max(2, Math.floor(last / 6))
  const peak = (from: number) => {
    let best = from
    for (let i = from + 1; i < from + width; i++) if (gap(i) > gap(best)) best = i
    return best
  }
  const j = peak(Math.floor(last / 3))
  const k = peak(last - width + 1)
  const [gj, gk] = [gap(j), gap(k)]
  if (!(gj > 0 && gk > 0) || k <= j) return null
  const rate = (gk / gj) ** (1 / (2 * (k - j)))
  return Number.isFinite(rate) ? rate : null
}
