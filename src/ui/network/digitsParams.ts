// The digits page's state and its URL form: surface=digits plus the usual lr, runs, steps
// (epochs), batch and seed. Untrusted text is read with the page's own readers, so a bad value
// is clamped or replaced with a notice, never trained on.
import { DIGIT_TRAIN_COUNT } from '../../core/network'
import type { RunParams } from '../../state/params'
import { clampNoted, formatRun, quote, readNumber, readRuns } from '../../state/urlParamsRead'
import type { NetworkRunSpec } from '../../state/digits'

/** Everything a digits figure depends on. */
export interface DigitsParams {
  readonly lr: number
  readonly runs: readonly RunParams[]
  readonly epochs: number
  readonly batch: number
  readonly seed: number
}

/** Bounds of each value (batch up to the whole train set: full batch). */
export const DIGITS_LIMITS = {
  lr: [1e-4, 2] as const,
  epochs: [1, 100] as const,
  batch: [1, DIGIT_TRAIN_COUNT] as const,
  seed: [0, 999_999] as const,
}

/** The defaults, chosen by measurement (docs/network.md): GD and momentum 0.9 at lr 0.05. */
export const DIGITS_DEFAULTS: DigitsParams = {
  lr: 0.05,
  runs: [
    { id: 'r1', momentum: 0, rule: 'heavy-ball' },
    { id: 'r2', momentum: 0.9, rule: 'heavy-ball' },
  ],
  epochs: 30,
  batch: 32,
  seed: 1,
}

/** The digits state a query asks for, and what had to be adjusted. Never throws. */
export function parseDigitsParams(search: string): { params: DigitsParams; notices: string[] } {
  const q = new URLSearchParams(search)
  const notices: string[] = []
  const number = (
    key: string,
    limits: readonly [number, number],
    fallback: number,
    isInt: boolean,
  ) => {
    const text = q.get(key)
    if (text === null) return fallback
    const n = readNumber(text)
    if (n === null) {
      notices.push(`${key} ${quote(text)} is not a number: using ${fallback}`)
      return fallback
    }
    const v = clampNoted(key, isInt ? Math.round(n) : n, limits, notices)
    return v
  }
  const d = DIGITS_DEFAULTS
  const runsText = q.get('runs')
  const batchText = q.get('batch')
  // batch=0 means full batch on the model surfaces: the same here
  const batch =
    batchText !== null && readNumber(batchText) === 0
      ? DIGIT_TRAIN_COUNT
      : number('batch', DIGITS_LIMITS.batch, d.batch, true)
  return {
    params: {
      lr: number('lr', DIGITS_LIMITS.lr, d.lr, false),
      runs: runsText === null ? d.runs : readRuns(runsText, notices),
      epochs: number('steps', DIGITS_LIMITS.epochs, d.epochs, true),
      batch,
      seed: number('seed', DIGITS_LIMITS.seed, d.seed, true),
    },
    notices,
  }
}

/** The query string of a digits state (only what differs from the defaults, but surface and runs). */
export function serializeDigitsParams(p: DigitsParams): string {
  const q = new URLSearchParams({ surface: 'digits' })
  if (p.lr !== DIGITS_DEFAULTS.lr) q.set('lr', String(p.lr))
  q.set('runs', p.runs.map(formatRun).join(','))
  if (p.epochs !== DIGITS_DEFAULTS.epochs) q.set('steps', String(p.epochs))
  if (p.batch !== DIGITS_DEFAULTS.batch) q.set('batch', String(p.batch))
  if (p.seed !== DIGITS_DEFAULTS.seed) q.set('seed', String(p.seed))
  return `?${q.toString().replaceAll('%2C', ',')}`
}

/** The worker's run options for the page's runs (Nesterov needs momentum, as in torch). */
export const runSpecs = (p: DigitsParams): NetworkRunSpec[] =>
  p.runs.map((r) => ({
    lr: p.lr,
    momentum: r.momentum,
    rule: r.rule === 'ema' ? 'ema' : 'heavy-ball',
    nesterov: r.rule === 'nesterov' && r.momentum > 0,
  }))
