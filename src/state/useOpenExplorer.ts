import { useEffect, useState } from 'react'
import { pageCatalog, type SurfaceCatalog } from './catalog'
import { openExplorer, openExplorerNow } from './openExplorer'
import type { ParamInput, ParsedParams } from './urlParams'

/**
 * openExplorer for a component: the parsed input, in the same render when its surface's code is
 * loaded, else null until it is (a loading state, never a stand-in surface). A new input keeps
 * the previous answer until its own is ready. `key` is the content of `input`.
 */
export function useOpenExplorer(
  input: ParamInput,
  key: string,
  catalog: SurfaceCatalog = pageCatalog,
): ParsedParams | null {
  const [opened, setOpened] = useState(() => ({ key, parsed: openExplorerNow(input, catalog) }))
  if (opened.key !== key) {
    // Adjusted during render, as React advises for state derived from props: no extra commit.
    const now = openExplorerNow(input, catalog)
    if (now) setOpened({ key, parsed: now })
  }
  const isOpen = opened.key === key && opened.parsed !== null
  useEffect(() => {
    if (isOpen) return
    let isLive = true
    void openExplorer(input, catalog).then((parsed) => isLive && setOpened({ key, parsed }))
    return () => {
      isLive = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the content of `input`
  }, [key, isOpen, catalog])
  return opened.parsed
}
