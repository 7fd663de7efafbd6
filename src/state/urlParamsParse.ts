// parseParams: the one validated way from a query string or element attributes into Params.
import { defaultSurfaceId, type Vec2 } from '../core'
import { pageCatalog, type SurfaceCatalog } from './catalog'
import { LIMITS, STORY_LENGTH, type Params, type DisplayOptions } from './params'
import { baseParams, defaultStart, isParamKey, surfaceDefaults } from './urlParamsDefaults'
import type { ParamKey } from './urlParamsDefaults'
import {
  clampNoted,
  clampPoint,
  F_MAX_LENGTH,
  quote,
  readControls,
  readFlag,
  readNumber,
} from './urlParamsRead'
import { readNumbers, readRuns, readView, wellFormed } from './urlParamsRead'

/** What parseParams reads: a query string (with or without '?'), or attributes/props by name. */
export type ParamInput =
  string | URLSearchParams | Readonly<Record<string, string | number | boolean | null | undefined>>

/** What parseParams returns: a valid state, how to show it, and what it had to change. */
export interface ParsedParams {
  params: Params
  display: DisplayOptions
  notices: string[]
}

const MAX_NOTICES = 8

/** Parameter values by name (last one wins), with notices for unknown, repeated or odd entries. */
function collect(input: ParamInput, notices: string[]): Map<ParamKey, string> {
  const entries: [string, string][] = []
  if (typeof input === 'string' || input instanceof URLSearchParams) {
    for (const entry of new URLSearchParams(input)) entries.push(entry)
  } else {
    for (const [k, v] of Object.entries(input)) {
      if (v === null || v === undefined) continue
      if (typeof v === 'string' || typeof v === 'number') entries.push([k, String(v)])
      else if (typeof v === 'boolean') entries.push([k, v ? '1' : '0'])
      else notices.push(`${quote(k)} is not text: ignored`) // only reachable from untyped JS
    }
  }
  const values = new Map<ParamKey, string>()
  const repeated = new Set<ParamKey>()
  for (const [k, v] of entries) {
    if (!isParamKey(k)) notices.push(`unknown parameter ${quote(k)} ignored`)
    else {
      if (values.has(k)) repeated.add(k)
      values.set(k, v)
    }
  }
  for (const k of repeated) notices.push(`${k} is given more than once: using the last`)
  return values
}

/**
 * The one validated way in: clamps numbers into LIMITS, falls back to the surface's defaults for
 * anything unknown or malformed, and says what it changed in short `notices`. Never throws.
 * @example parseParams('surface=ravine&runs=0,0.9,0.99n&lr=0.02').params.runs[2].rule // 'nesterov'
 */
export function parseParams(
  input: ParamInput,
  catalog: SurfaceCatalog = pageCatalog,
): ParsedParams {
  const notices: string[] = []
  const q = collect(input, notices)
  const get = (k: ParamKey) => q.get(k)
  const isLink = typeof input === 'string' || input instanceof URLSearchParams
  const wholeNoted = (k: string, n: number) => {
    const whole = Math.round(n)
    if (whole !== n) notices.push(`${k}=${n} is not a whole number: using ${whole}`)
    return whole
  }

  let f = ''
  const fText = get('f')
  if (fText !== undefined) {
    if (fText.length > F_MAX_LENGTH)
      notices.push(`f is longer than ${F_MAX_LENGTH} characters: ignored`)
    else f = wellFormed(fText) // kept as untrusted text; the expression module parses it
  }
  const hasF = f.trim() !== ''

  let surface = hasF ? 'custom' : defaultSurfaceId // a bare `f=` means a custom surface
  const surfaceText = get('surface')
  if (surfaceText !== undefined) {
    const id = surfaceText.trim().toLowerCase()
    const fallback = surfaceDefaults(defaultSurfaceId, '', null, catalog).name
    if (id === 'custom' && !hasF)
      notices.push(`surface 'custom' needs an expression f: using ${fallback}`)
    else if (id !== 'custom' && !catalog.find(id)) {
      notices.push(`surface ${quote(surfaceText)} is unknown: using ${fallback}`)
      surface = defaultSurfaceId
    } else surface = id
    if (hasF && surface !== 'custom')
      notices.push(`f is drawn only on the custom surface (surface=custom): ignored here`)
  }
  if (surface !== 'custom') f = '' // state holds only what is drawn
  const viewText = get('view')
  const range = viewText === undefined ? null : readView(viewText, notices)
  const d = surfaceDefaults(surface, f, range, catalog)
  const base = baseParams(surface, catalog)
  const domain = range ?? d.domain

  let lr = d.lr
  const lrText = get('lr')
  if (lrText !== undefined) {
    const n = readNumber(lrText)
    if (n === null) notices.push(`lr ${quote(lrText)} is not a number: using ${d.lr}`)
    else lr = clampNoted(`lr=${lrText.trim()}`, n, LIMITS.lr, notices)
  }

  let start = defaultStart(surface, range, f, catalog)
  const startText = get('start')
  if (startText !== undefined) {
    const xy = readNumbers(startText, 2) as Vec2 | null
    if (xy === null)
      notices.push(`start ${quote(startText)} is not two numbers x,y: using ${start.join(',')}`)
    else {
      start = clampPoint(xy, domain)
      if (start[0] !== xy[0] || start[1] !== xy[1])
        notices.push(`start=${xy.join(',')} is outside the view: using ${start.join(',')}`)
    }
  }

  const runsText = get('runs')
  const runs = runsText === undefined ? base.runs : readRuns(runsText, notices)

  let steps = base.steps
  const stepsText = get('steps')
  if (stepsText !== undefined) {
    const n = readNumber(stepsText)
    if (n === null) notices.push(`steps ${quote(stepsText)} is not a number: using ${base.steps}`)
    else {
      steps = wholeNoted('steps', clampNoted(`steps=${stepsText.trim()}`, n, LIMITS.steps, notices))
    }
  }

  let layout = base.layout
  const layoutText = get('layout')
  if (layoutText !== undefined) {
    const l = layoutText.trim().toLowerCase()
    if (l === 'overlay' || l === 'split') layout = l
    else notices.push(`layout ${quote(layoutText)} is unknown: using ${base.layout}`)
  }

  const whole = (k: 'batch' | 'seed', fallback: number) => {
    const text = get(k)
    if (text === undefined) return fallback
    const n = readNumber(text)
    if (n === null) {
      notices.push(`${k} ${quote(text)} is not a number: using ${fallback}`)
      return fallback
    }
    return wholeNoted(k, clampNoted(`${k}=${text.trim()}`, n, LIMITS[k], notices))
  }
  let batch = whole('batch', base.batch)
  const seed = whole('seed', base.seed)
  const model = catalog.model(surface)
  const examples = model?.train.x.length ?? Infinity
  if (batch >= examples) {
    notices.push(`batch=${batch} is all ${examples} training examples or more: using full batch`)
    batch = 0
  }

  const flag = (k: 'map' | 'embed') => {
    const text = get(k)
    if (text === undefined) return false
    const on = readFlag(text)
    if (on === null) notices.push(`${k} ${quote(text)} should be 1 or 0: using 0`)
    // A bare attribute means on; in a link an empty value is more likely a slip: say so.
    else if (isLink && text.trim() === '') notices.push(`${k}= is empty: using ${k}=1`)
    return on === true
  }
  const map = flag('map')
  const embed = flag('embed')
  const controlsText = get('controls')
  const controls = controlsText === undefined ? null : readControls(controlsText, notices)

  // The guided story: `storystep` (one step alone) wins over `story` (the whole story).
  const storyKey = get('storystep') !== undefined ? 'storystep' : 'story'
  const storyText = get(storyKey)
  const storyStep = storyText === undefined ? null : readNumber(storyText)
  if (storyText !== undefined && storyStep === null)
    notices.push(`${storyKey} ${quote(storyText)} is not a number: using 1`)
  const story =
    storyText === undefined
      ? null
      : {
          step: wholeNoted(
            storyKey,
            clampNoted(
              `${storyKey}=${storyText.trim()}`,
              storyStep ?? 1,
              [1, STORY_LENGTH],
              notices,
            ),
          ),
          isSingle: storyKey === 'storystep',
        }

  if (notices.length > MAX_NOTICES) {
    const more = notices.length - (MAX_NOTICES - 1)
    notices.splice(MAX_NOTICES - 1, Infinity, `…and ${more} more problems in the link`)
  }
  return {
    params: { ...base, surface, lr, start, runs, steps, layout, map, f, view: range, batch, seed },
    display: { embed, controls, ...(story && { story }) },
    notices,
  }
}
