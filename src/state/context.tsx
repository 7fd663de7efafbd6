import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { SurfaceCatalog } from './catalog'
import { createFrameView, type FrameView } from './frameView'
import type { Params } from './params'
import {
  createResultsSource,
  createSettledSource,
  type LiveResultsSource,
  type ResultsSource,
} from './results'
import { createExplorerStore, type ExplorerState, type ExplorerStore } from './store'

interface Explorer {
  readonly store: ExplorerStore
  /** Where the figure's surfaces come from (the store's). */
  readonly catalog: SurfaceCatalog
  /** The store as React renders it: slider steps arrive after they are drawn (see frameView.ts). */
  readonly view: FrameView
  /** The runs' results, derived once per change for every panel that reads them. */
  readonly results: LiveResultsSource
  /** The same, once a drag has paused (see createSettledSource). */
  readonly settled: ResultsSource
}
const StoreContext = createContext<Explorer | null>(null)

/** Gives its subtree its own store: either one made from `initial`, or a `store` made outside. */
export function ExplorerProvider(props: {
  initial?: Params
  store?: ExplorerStore
  children: ReactNode
}) {
  const [explorer] = useState(() => {
    const store = props.store ?? createExplorerStore(props.initial!)
    const view = createFrameView(store)
    const results = createResultsSource(view, store.catalog)
    const settled = createSettledSource(results)
    return { store, catalog: store.catalog, view, results, settled }
  })
  return <StoreContext.Provider value={explorer}>{props.children}</StoreContext.Provider>
}

/**
 * Reads a slice of this figure's state; re-renders only when that slice changes. Slider steps
 * arrive after they are drawn, once they pause (see frameView.ts).
 */
export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useStore(useExplorerContext().view, selector)
}

/** The store itself, for effects that subscribe without re-rendering (the playback loop). */
export function useExplorerStore(): ExplorerStore {
  return useExplorerContext().store
}

/** The catalog of this figure's surfaces: menus, presets and editors load code through it. */
export function useCatalog(): SurfaceCatalog {
  return useExplorerContext().catalog
}

/** The figure's store, the view React renders, and the run results, now and settled. */
export function useExplorerSources(): Explorer {
  return useExplorerContext()
}

/** The same, or null outside a figure (a layer rendered on its own, as in its tests). */
export function useOptionalExplorerSources(): Pick<Explorer, 'results' | 'view'> | null {
  return useContext(StoreContext)
}

function useExplorerContext(): Explorer {
  const explorer = useContext(StoreContext)
  if (!explorer) throw new Error('useExplorer needs an <ExplorerProvider> above it')
  return explorer
}
