// The Embed dialog's snippets (issue #5): only the dialog needs them, so they load with it.
import { defaultParams, type Params, type DisplayOptions } from './params'
import { paramEntries, serializeParams } from './urlParams'
import type { ParamKey } from './urlParamsDefaults'
import { wellFormed } from './urlParamsRead'

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
 * @example embedSnippets(params, display, location.href).element
 */
export function embedSnippets(
  params: Params,
  display: DisplayOptions,
  baseUrl: string,
): EmbedSnippets {
  const folder = siteFolder(baseUrl)
  const story = display.story ? { story: display.story } : {}
  const query = serializeParams(params, { embed: true, controls: display.controls, ...story })
  // A story step carries its text, formulas and charts: it needs more room than the figure.
  const height = display.story ? 1100 : 520
  const iframe =
    `<iframe src="${escapeHtml(`${folder}?${query}`)}" title="Momentum Explorer" ` +
    `width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`
  const shown: readonly ParamKey[] = ['surface', 'lr', 'runs']
  const entries = paramEntries(
    params,
    { embed: false, controls: display.controls, ...story },
    shown,
  )
  const attributes = entries.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')
  const element =
    `<script type="module" src="${escapeHtml(`${folder}momentum-explorer.js`)}"></script>\n` +
    `<momentum-explorer${attributes}></momentum-explorer>`
  const props = entries.map(([k, v]) => {
    if (k === 'map') return ' map'
    if (k === 'lr' || k === 'steps' || k === 'story' || k === 'storystep') return ` ${k}={${v}}`
    return /^[\w.,:+-]*$/.test(v) ? ` ${k}="${v}"` : ` ${k}={${jsString(v)}}`
  })
  const react =
    `import { MomentumExplorer } from 'momentum-explorer'\n\n` +
    `<MomentumExplorer${props.join('')} />`
  return { iframe, element, react }
}

/**
 * The Embed dialog's story snippets: "this step only" keeps the figure as the reader left it;
 * "the whole story" opens at this step in the step's own state (defaults, so it loads the step).
 */
export function storySnippets(
  params: Params,
  display: DisplayOptions,
  step: number,
  baseUrl: string,
): { readonly single: EmbedSnippets; readonly whole: EmbedSnippets } {
  return {
    single: embedSnippets(params, { ...display, story: { step, isSingle: true } }, baseUrl),
    whole: embedSnippets(
      defaultParams(),
      { ...display, story: { step, isSingle: false } },
      baseUrl,
    ),
  }
}
