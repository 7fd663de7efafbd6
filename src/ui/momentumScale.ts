// The momentum slider's scale: linear from 0 to 0.9 over the first 90 % of its travel, then
// logarithmic in (1 − β) from 0.9 to 0.999, so 0.99 and 0.999 are as easy to hit as 0.5.

/** Slider positions run 0…POSITIONS (integers, one per keyboard step). */
export const POSITIONS = 1000
const KNEE = 900
const BETA_AT_KNEE = 0.9

/** β at a slider position, rounded so that values stay short in labels and links. */
export function positionToMomentum(position: number): number {
  const p = Math.min(POSITIONS, Math.max(0, Math.round(position)))
  if (p <= KNEE) return p / 1000
  const oneMinus = (1 - BETA_AT_KNEE) * 10 ** ((-2 * (p - KNEE)) / (POSITIONS - KNEE))
  return Number((1 - oneMinus).toFixed(4))
}

/** The nearest slider position for β (the inverse of positionToMomentum up to rounding). */
export function momentumToPosition(momentum: number): number {
  if (!(momentum > BETA_AT_KNEE)) return Math.max(0, Math.round(momentum * 1000))
  const decades = Math.log10((1 - BETA_AT_KNEE) / Math.max(1e-3, 1 - momentum))
  return Math.min(POSITIONS, Math.round(KNEE + (decades / 2) * (POSITIONS - KNEE)))
}

const BETA_KEYS: Readonly<Record<string, (m: number) => number>> = {
  ArrowRight: (m) => m + 0.01,
  ArrowUp: (m) => m + 0.01,
  ArrowLeft: (m) => m - 0.01,
  ArrowDown: (m) => m - 0.01,
  PageUp: (m) => m + 0.1,
  PageDown: (m) => m - 0.1,
  Home: () => 0,
  End: () => 1,
}

/**
 * The momentum a key moves β to, in steps of β itself (arrows 0.01, Page Up/Down 0.1, Home/End the
 * ends), rounded to hundredths and kept within [0, 0.999]; null for any other key.
 */
export function momentumAfterKey(momentum: number, key: string): number | null {
  const move = BETA_KEYS[key]
  if (!move) return null
  const next = Math.round(move(momentum) * 100) / 100
  return Math.min(0.999, Math.max(0, next))
}
