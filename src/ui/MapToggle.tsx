import { Suspense } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useExplorer } from '../state/context'
import { TuningMapPanel } from './lazyPanels'

/** The button that opens the tuning map (URL `map=1`). */
export function MapToggle() {
  const { isOpen, setMap } = useExplorer(useShallow((s) => ({ isOpen: s.map, setMap: s.setMap })))
  return (
    <button type="button" aria-expanded={isOpen} onClick={() => setMap(!isOpen)}>
      {isOpen ? 'Hide the tuning map' : 'Show the tuning map'}
    </button>
  )
}

/** The tuning map itself, loaded when first opened. */
export function MapSlot() {
  const isOpen = useExplorer((s) => s.map)
  if (!isOpen) return null
  return (
    <Suspense fallback={<p>Loading the tuning map…</p>}>
      <TuningMapPanel />
    </Suspense>
  )
}
