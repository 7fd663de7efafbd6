// The one way into a figure, for the page, the custom element and the React component alike:
// load the code the input's surface needs, then parse it against the catalog that holds it.
import { isModelSurfaceId } from '../core'
import { pageCatalog, type SurfaceCatalog } from './catalog'
import { parseParams, type ParamInput, type ParsedParams } from './urlParams'

/**
 * The lazily loaded surface an input asks for (a model id, or 'custom' when there is an
 * expression `f`), or null: read before parsing, so the parser knows the surface.
 */
export function surfaceAskedFor(input: ParamInput): string | null {
  const get = (k: string) => {
    if (typeof input === 'string' || input instanceof URLSearchParams)
      return new URLSearchParams(input).get(k)
    const v = input[k]
    return typeof v === 'string' ? v : null
  }
  const id = get('surface')?.trim().toLowerCase() ?? ''
  if (isModelSurfaceId(id)) return id
  if (id === 'custom' || (get('f') ?? '').trim() !== '') return 'custom'
  return null
}

/** The parsed input now, when the catalog already holds its surface's code (no flash); else null. */
export function openExplorerNow(
  input: ParamInput,
  catalog: SurfaceCatalog = pageCatalog,
): ParsedParams | null {
  const id = surfaceAskedFor(input)
  return id === null || catalog.isReady(id) ? parseParams(input, catalog) : null
}

/**
 * The parsed input once its surface's code is loaded. Code that fails to load leaves the surface
 * unknown to the parser, which then says so in a notice.
 * @example const { params, display, notices } = await openExplorer(location.search)
 */
export async function openExplorer(
  input: ParamInput,
  catalog: SurfaceCatalog = pageCatalog,
): Promise<ParsedParams> {
  const id = surfaceAskedFor(input)
  if (id !== null) await catalog.load(id).catch(() => undefined)
  return parseParams(input, catalog)
}
