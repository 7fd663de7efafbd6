import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { Params } from './params'
import { createResultsSource, createSettledSource, type ResultsSource } from './results'
import { createExplorerStore, type ExplorerState, type ExplorerStore } from './store'

interface Explorer {
  readonly store: ExplorerStore
  /** The runs' results, derived once per change for every panel that reads them. */
  readonly results: ResultsSource
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
    const results = createResultsSource(store)
    return { store, results, settled: createSettledSource(results) }
  })
  return <StoreContext.Provider value={explorer}>{props.children}</StoreContext.Provider>
}

/** Reads a slice of this figure's state; re-renders only when that slice changes. */
export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector)
}

/** The store itself, for effects that subscribe without re-rendering (the playback loop). */
export function useExplorerStore(): ExplorerStore {
  return useExplorerContext().store
}

/** The figure's run results, now and settled (see results.ts). */
export function useExplorerSources(): Pick<Explorer, 'results' | 'settled'> {
  return useExplorerContext()
}

function useExplorerContext(): Explorer {
  const explorer = useContext(StoreContext)
  if (!explorer) throw new Error('useExplorer needs an <ExplorerProvider> above it')
  return explorer
}
