import type { Params } from '../state/params'
import { paramEntries } from '../state/urlParams'

/**
 * A file name after the state, in the URL's own words: surface, learning rate and the runs'
 * momentum (with the URL's n/e suffixes), e.g. `momentum-ravine-lr0.0195-b0-0.7.gif`.
 */
export function exportFileName(params: Params, extension: string, suffix = ''): string {
  const text = Object.fromEntries(paramEntries(params, undefined, ['surface', 'lr', 'runs']))
  const parts = [
    'momentum',
    text.surface ?? params.surface,
    `lr${text.lr ?? ''}`,
    `b${(text.runs ?? '').replace(/,/g, '-')}`,
    ...(suffix ? [suffix] : []),
  ]
  const base = parts.join('-').replace(/[^A-Za-z0-9._-]+/g, '_')
  return `${base}.${extension.replace(/[^a-z0-9]/gi, '')}`
}
