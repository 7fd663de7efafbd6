// The URL schema (issue #5): parse, serialize and the embed snippets. Parameter names are public
// API: never rename them. The parser lives in urlParamsParse.ts, its readers in urlParamsRead.ts.
import { defaultSurfaceId } from '../core'
import type { Params, ViewOptions } from './params'
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
  view?: ViewOptions,
  always: readonly ParamKey[] = [],
): [ParamKey, string][] {
  const base = baseParams(params.surface)
  const d = surfaceDefaults(params.surface)
  const start = defaultStart(params.surface, params.view)
  const v = params.view
  const runs = params.runs.map(formatRun).join(',')
  const all: [ParamKey, string, boolean][] = [
    ['surface', params.surface, params.surface !== defaultSurfaceId || params.f.trim() !== ''],
    ['f', params.f, params.f !== ''],
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
    ['embed', view?.embed ? '1' : '0', view?.embed === true],
    ['controls', view?.controls?.join(',') ?? '', view !== undefined && view.controls !== null],
  ]
  return all.filter(([k, , differs]) => differs || always.includes(k)).map(([k, text]) => [k, text])
}

// encodeURIComponent keeps links readable but escapes ','; commas are legal in a query value.
const encode = (text: string) => encodeURIComponent(wellFormed(text)).replace(/%2C/g, ',')

/** The query string (no '?') for this state: only non-default values, in a stable key order. */
export function serializeParams(params: Params, view?: ViewOptions): string {
  return paramEntries(params, view)
    .map(([k, text]) => `${k}=${encode(text)}`)
    .join('&')
}

/** The three snippets of the Embed dialog, for the current state. */
export interface EmbedSnippets {
  readonly iframe: string
  readonly element: string
  readonly react: string
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;', // a raw CR would be read back as LF
}
/** Text safe inside an HTML attribute value or element content (the user's `f` is untrusted). */
export const escapeHtml = (text: string) => text.replace(/[&<>"'\r]/g, (c) => HTML_ESCAPES[c] ?? c)

// A JS string literal with <, >, & and the JS line separators as \u escapes: safe in JSX and MDX.
const jsString = (text: string) =>
  JSON.stringify(wellFormed(text)).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )

/** The folder of the page at `baseUrl` (where the site and momentum-explorer.js live), or ''. */
function siteFolder(baseUrl: string): string {
  try {
    const url = new URL('.', baseUrl)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : ''
  } catch {
    return '' // not an absolute URL: the snippets fall back to relative paths
  }
}

/**
 * The iframe, custom-element and React snippets reproducing `params` (with `view.controls`).
 * Every value is escaped for where it goes: an expression `f` can never close an attribute.
 * @example embedSnippets(params, view, location.href).element
 */
export function embedSnippets(params: Params, view: ViewOptions, baseUrl: string): EmbedSnippets {
  const folder = siteFolder(baseUrl)
  const query = serializeParams(params, { embed: true, controls: view.controls })
  const iframe =
    `<iframe src="${escapeHtml(`${folder}?${query}`)}" title="Momentum Explorer" ` +
    `width="100%" height="520" style="border:0" loading="lazy"></iframe>`
  const shown: readonly ParamKey[] = ['surface', 'lr', 'runs']
  const entries = paramEntries(params, { embed: false, controls: view.controls }, shown)
  const attributes = entries.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')
  const element =
    `<script type="module" src="${escapeHtml(`${folder}momentum-explorer.js`)}"></script>\n` +
    `<momentum-explorer${attributes}></momentum-explorer>`
  const props = entries.map(([k, v]) => {
    if (k === 'map') return ' map'
    if (k === 'lr' || k === 'steps') return ` ${k}={${v}}`
    return /^[\w.,:+-]*$/.test(v) ? ` ${k}="${v}"` : ` ${k}={${jsString(v)}}`
  })
  const react =
    `import { MomentumExplorer } from 'momentum-explorer'\n\n` +
    `<MomentumExplorer${props.join('')} />`
  return { iframe, element, react }
}
