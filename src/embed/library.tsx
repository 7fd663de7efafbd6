// The React component for MDX blogs: `import { MomentumExplorer } from 'momentum-explorer'`.
// Built by vite.lib.config.ts into dist-lib/ with React left to the host app (a peer dependency).
import { useEffect, useMemo, useRef, useState } from 'react'
import css from '../ui/styles.css?inline'
import { pageCatalog } from '../state/catalog'
import { ExplorerProvider } from '../state/context'
import type { DisplayOptions } from '../state/params'
import { createExplorerStore } from '../state/store'
import { useOpenExplorer } from '../state/useOpenExplorer'
import { PARAM_KEYS, serializeParams, type ParsedParams } from '../state/urlParams'
import { EmbedRoot } from './EmbedRoot'
import { onStyles } from './styleRegistry'
import type { MomentumExplorerProps } from './libraryTypes'

export type { MomentumExplorerProps } from './libraryTypes'

const injected = new Set<string>()
/** Styles of lazily loaded panels go to the host document once (the base sheet is hoisted). */
function injectIntoHead(text: string): void {
  if (injected.has(text)) return
  injected.add(text)
  const style = document.createElement('style')
  style.dataset.momentumExplorer = ''
  style.textContent = text
  document.head.append(style)
}

type PropValue = string | number | boolean | undefined

/**
 * One live figure with its own store. Changing a prop reloads the figure's inputs; the reader's
 * changes survive re-renders that leave the props alone. A model surface or a custom `f` shows a
 * loading line until its code is there, then that surface. The stylesheet is a React 19 hoisted
 * <style> (one per page, deduplicated by `href`, also in server rendering); every class in it is
 * `me-` prefixed, so nothing leaks into the blog's own styles.
 */
export function MomentumExplorer(props: MomentumExplorerProps) {
  // Props are the URL parameters by name (libraryTypes.ts types the ones it documents).
  const record: Record<string, string | number | boolean> = {}
  for (const name of PARAM_KEYS) {
    const value = (props as Readonly<Record<string, PropValue>>)[name]
    if (value !== undefined) record[name] = value
  }
  const parsed = useOpenExplorer(record, JSON.stringify(record), pageCatalog)
  useEffect(() => onStyles(injectIntoHead), [])
  return (
    <>
      <style href="momentum-explorer" precedence="default">
        {css}
      </style>
      {parsed ? (
        <Figure parsed={parsed} />
      ) : (
        <p className="me-embed-loading" role="status">
          Loading the figure…
        </p>
      )}
    </>
  )
}

function Figure({ parsed }: { readonly parsed: ParsedParams }) {
  const query = serializeParams(parsed.params)
  const [store] = useState(() => createExplorerStore(parsed.params, pageCatalog))
  const loaded = useRef(query)
  useEffect(() => {
    if (loaded.current === query) return
    loaded.current = query
    store.getState().load(parsed.params)
  }, [query, parsed, store])
  const display: DisplayOptions = useMemo(() => {
    const { controls, story } = parsed.display
    return { embed: true, controls, ...(story && { story }) }
  }, [parsed])
  return (
    <ExplorerProvider store={store}>
      <EmbedRoot display={display} notices={parsed.notices} fullPageUrl={null} />
    </ExplorerProvider>
  )
}
