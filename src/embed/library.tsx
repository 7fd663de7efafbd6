// The React component for MDX blogs: `import { MomentumExplorer } from 'momentum-explorer'`.
// Built by vite.lib.config.ts into dist-lib/ with React left to the host app (a peer dependency).
import { useEffect, useMemo, useRef, useState } from 'react'
import css from '../ui/styles.css?inline'
import { ExplorerProvider } from '../state/context'
import type { ViewOptions } from '../state/params'
import { createExplorerStore } from '../state/store'
import { parseParams, serializeParams } from '../state/urlParams'
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

const PROP_NAMES = [
  'surface',
  'lr',
  'start',
  'runs',
  'steps',
  'layout',
  'controls',
  'map',
  'f',
  'view',
  'story',
  'storystep',
] as const

/**
 * One live figure with its own store. Changing a prop reloads the figure's inputs; the reader's
 * changes survive re-renders that leave the props alone. The stylesheet is a React 19 hoisted
 * <style> (one per page, deduplicated by `href`, also in server rendering); every class in it is
 * `me-` prefixed, so nothing leaks into the blog's own styles.
 */
export function MomentumExplorer(props: MomentumExplorerProps) {
  const record: Record<string, string | number | boolean> = {}
  for (const name of PROP_NAMES) {
    const value = props[name]
    if (value !== undefined) record[name] = value
  }
  const key = JSON.stringify(record)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the content of `record`
  const parsed = useMemo(() => parseParams(record), [key])
  const query = serializeParams(parsed.params)
  const [store] = useState(() => createExplorerStore(parsed.params))
  const loaded = useRef(query)
  useEffect(() => {
    if (loaded.current === query) return
    loaded.current = query
    store.getState().load(parsed.params)
  }, [query, parsed, store])
  useEffect(() => onStyles(injectIntoHead), [])
  const view: ViewOptions = useMemo(() => {
    const { controls, story } = parsed.view
    return { embed: true, controls, ...(story && { story }) }
  }, [parsed])
  return (
    <>
      <style href="momentum-explorer" precedence="default">
        {css}
      </style>
      <ExplorerProvider store={store}>
        <EmbedRoot view={view} notices={parsed.notices} fullPageUrl={null} />
      </ExplorerProvider>
    </>
  )
}
