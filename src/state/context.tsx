import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react'
import { useStore } from 'zustand'
import type { SurfaceCatalog } from './catalog'
import type { Params } from './params'
import { scheduleOf, type Schedule } from './schedule'
import { createExplorerStore, type ExplorerState, type ExplorerStore } from './store'

const ScheduleContext = createContext<Schedule | null>(null)

/** Gives its subtree its own figure: either a store made from `initial`, or a `store` made outside. */
export function ExplorerProvider(props: {
  initial?: Params
  store?: ExplorerStore
  children: ReactNode
}) {
  const [schedule] = useState(() => scheduleOf(props.store ?? createExplorerStore(props.initial!)))
  return <ScheduleContext.Provider value={schedule}>{props.children}</ScheduleContext.Provider>
}

/**
 * Reads a slice of this figure's state as React renders it; re-renders only when that slice
 * changes. Live steps arrive once they pause (see schedule.ts).
 */
export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useStore(useSchedule(), selector)
}

/** The store itself, newest state first: for event handlers and effects, never for rendering. */
export function useExplorerStore(): ExplorerStore {
  return useSchedule().store
}

/** The catalog of this figure's surfaces: menus, presets and editors load code through it. */
export function useCatalog(): SurfaceCatalog {
  return useSchedule().catalog
}

/** The figure's schedule: its store, its tiers and its runs' results (see schedule.ts). */
export function useSchedule(): Schedule {
  const schedule = useContext(ScheduleContext)
  if (!schedule) throw new Error('useExplorer needs an <ExplorerProvider> above it')
  return schedule
}

/** The same, or null outside a figure (a mark rendered on its own, as in its tests). */
export function useOptionalSchedule(): Schedule | null {
  return useContext(ScheduleContext)
}

/**
 * `read(schedule)` once it has settled (see schedule.ts), rendered as a transition: React renders
 * the panels that read it in slices and yields to the next input, so they never delay a live step.
 * `read` is a function of the schedule alone, defined once (not in the render).
 */
export function useSettled<T>(read: (schedule: Schedule) => T): T {
  const schedule = useSchedule()
  const [value, setValue] = useState(() => read(schedule))
  useEffect(() => {
    const follow = (next: T) => startTransition(() => setValue(() => next))
    const off = schedule.settle(() => read(schedule), follow)
    follow(read(schedule)) // whatever changed between the first render and now
    return off
  }, [schedule, read])
  return value
}
