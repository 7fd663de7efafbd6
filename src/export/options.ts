/** Output sizes offered: the page's aspect at four widths, and a square for social posts. */
export const SIZE_PRESETS = [
  { id: '640x400', width: 640, height: 400 },
  { id: '960x600', width: 960, height: 600 },
  { id: '1200x750', width: 1200, height: 750 },
  { id: '1280x800', width: 1280, height: 800 },
  { id: '1080x1080', width: 1080, height: 1080 },
] as const

export const FRAME_RATES = [10, 15, 24, 30] as const

export type AnimationFormat = 'gif' | 'video'
export type Theme = 'light' | 'dark'

/** How fast the runs draw: a total duration, or a number of steps per second. */
export type Pace =
  | { readonly kind: 'duration'; readonly seconds: number }
  | { readonly kind: 'rate'; readonly stepsPerSecond: number }

export interface AnimationOptions {
  readonly format: AnimationFormat
  readonly width: number
  readonly height: number
  readonly fps: number
  readonly pace: Pace
  /** GIF only: play forever (true) or once. */
  readonly loop: boolean
  readonly caption: boolean
  readonly theme: Theme
}

export const DEFAULT_OPTIONS: AnimationOptions = {
  format: 'gif',
  width: 640,
  height: 400,
  fps: 15,
  pace: { kind: 'duration', seconds: 6 },
  loop: true,
  caption: true,
  theme: 'light',
}

export const LIMITS = {
  seconds: [1, 30],
  stepsPerSecond: [1, 500],
  fps: [1, 60],
  side: [64, 2160],
} as const

const clamp = (v: number, [lo, hi]: readonly [number, number], fallback: number) =>
  Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback

/** The options with every number finite and in range (a typed-in 0 or NaN never reaches a frame). */
export function cleanOptions(o: AnimationOptions): AnimationOptions {
  const pace: Pace =
    o.pace.kind === 'duration'
      ? { kind: 'duration', seconds: clamp(o.pace.seconds, LIMITS.seconds, 6) }
      : { kind: 'rate', stepsPerSecond: clamp(o.pace.stepsPerSecond, LIMITS.stepsPerSecond, 30) }
  return {
    ...o,
    width: Math.round(clamp(o.width, LIMITS.side, 640)),
    height: Math.round(clamp(o.height, LIMITS.side, 400)),
    fps: Math.round(clamp(o.fps, LIMITS.fps, 15)),
    pace,
  }
}

/** The animation's length in seconds for a run of `total` steps. */
export function durationOf(o: AnimationOptions, total: number): number {
  const seconds = o.pace.kind === 'duration' ? o.pace.seconds : total / o.pace.stepsPerSecond
  return clamp(seconds, LIMITS.seconds, 6)
}

/**
 * The step each frame shows: from 0 (only the start) to `total` (the whole run), evenly spread
 * over duration × fps frames; at least two frames.
 */
export function frameSteps(o: AnimationOptions, total: number): number[] {
  const n = Math.max(2, Math.round(durationOf(o, total) * o.fps))
  const last = Math.max(0, Math.floor(total))
  return Array.from({ length: n }, (_, i) => Math.round((last * i) / (n - 1)))
}

/** How long the last frame stays before a loop starts again, so the finished race can be read. */
export const HOLD_MS = 1500
