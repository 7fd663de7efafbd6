// The URL schema (issue #5): parse, serialize and the embed snippets. Parameter names are public
// API: never rename them. The parser lives in urlParamsParse.ts, its readers in urlParamsRead.ts.
import { defaultSurfaceId } from '../core'
import type { Params, DisplayOptions } from './params'
import { baseParams, defaultStart, surfaceDefaults, type ParamKey } from './urlParamsDefaults'
import { formatRun, wellFormed } from './urlParamsRead'

export { parseParams, type ParamInput, type ParsedParams } from './urlParamsParse'
export { CUSTOM_DEFAULTS, PARAM_KEYS, surfaceDefaults, type ParamKey } from './urlParamsDefaults'
export { F_MAX_LENGTH, VIEW_LIMITS, type ViewRange } from './urlParamsRead'

/**
 * The parameters that differ from the surface's defaults, as [name, text] pairs in PARAM_KEYS
 * order; names in `always` are written even when they hold the default (for readable snippets).
 */
export function paramEntries(
  params: Params,
  display?: DisplayOptions,
  always: readonly ParamKey[] = [],
): [ParamKey, string][] {
  const base = baseParams(params.surface)
  const d = surfaceDefaults(params.surface, params.f, params.view)
  const start = defaultStart(params.surface, params.view, params.f)
  const v = params.view
  const runs = params.runs.map(formatRun).join(',')
  const all: [ParamKey, string, boolean][] = [
    ['surface', params.surface, params.surface !== defaultSurfaceId],
    // A link carries what is drawn: an expression kept from the custom surface stays out of it.
    ['f', params.f, params.f !== '' && params.surface === 'custom'],
    ['view', v ? [v.x[0], v.x[1], v.y[0], v.y[1]].join(',') : '', v !== null],
    // Shortest round-trip text (String): exact for every double, and short for slider values.
    ['lr', String(params.lr), params.lr !== d.lr],
    ['start', params.start.join(','), params.start[0] !== start[0] || params.start[1] !== start[1]],
    ['runs', runs, runs !== base.runs.map(formatRun).join(',')],
    ['steps', String(params.steps), params.steps !== base.steps],
    ['layout', params.layout, params.layout !== base.layout],
    ['map', params.map ? '1' : '0', params.map],
    ['batch', String(params.batch), params.batch !== base.batch],
    ['seed', String(params.seed), params.seed !== base.seed],
    ['embed', display?.embed ? '1' : '0', display?.embed === true],
    [
      'controls',
      display?.controls?.join(',') ?? '',
      display !== undefined && display.controls !== null,
    ],
    ['story', String(display?.story?.step), display?.story?.isSingle === false],
    ['storystep', String(display?.story?.step), display?.story?.isSingle === true],
  ]
  return all.filter(([k, , differs]) => differs || always.includes(k)).map(([k, text]) => [k, text])
}

// encodeURIComponent keeps links readable but escapes ','; commas are legal in a query value.
const encode = (text: string) => encodeURIComponent(wellFormed(text)).replace(/%2C/g, ',')

/** The query string (no '?') for this state: only non-default values, in a stable key order. */
export function serializeParams(params: Params, display?: DisplayOptions): string {
  return paramEntries(params, display)
    .map(([k, text]) => `${k}=${encode(text)}`)
    .join('&')
}
