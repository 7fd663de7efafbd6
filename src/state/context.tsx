import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { makeRunDeriver } from './deriver'
import type { Params } from './params'
import { createExplorerStore, type ExplorerState, type ExplorerStore } from './store'

interface Explorer {
  readonly store: ExplorerStore
  /** One memoizing deriver per figure, shared by every panel that draws its runs. */
  readonly derive: ReturnType<typeof makeRunDeriver>
}
const StoreContext = createContext<Explorer | null>(null)

/** Gives its subtree its own store: either one made from `initial`, or a `store` made outside. */
export function ExplorerProvider(props: {
  initial?: Params
  store?: ExplorerStore
  children: ReactNode
}) {
  const [explorer] = useState(() => ({
    store: props.store ?? createExplorerStore(props.initial!),
    derive: makeRunDeriver(),
  }))
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

/** The figure's memoizing run deriver (see derived.ts). */
export function useRunDeriver() {
  return useExplorerContext().derive
}

function useExplorerContext(): Explorer {
  const explorer = useContext(StoreContext)
  if (!explorer) throw new Error('useExplorer needs an <ExplorerProvider> above it')
  return explorer
}
