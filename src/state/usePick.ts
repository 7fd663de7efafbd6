import { useShallow } from 'zustand/react/shallow'
import { useExplorer } from './context'
import type { ExplorerState } from './store'

/**
 * The named fields of this figure's state; re-renders only when one of them changes (a shallow
 * compare, as `useExplorer(useShallow(...))` with the same fields).
 * @example const { lr, setLr } = useExplorerPick('lr', 'setLr')
 */
export function useExplorerPick<K extends keyof ExplorerState>(
  ...keys: K[]
): Pick<ExplorerState, K> {
  return useExplorer(useShallow((s) => pick(s, keys)))
}

function pick<K extends keyof ExplorerState>(s: ExplorerState, keys: readonly K[]) {
  const picked = {} as Pick<ExplorerState, K>
  for (const key of keys) picked[key] = s[key]
  return picked
}
