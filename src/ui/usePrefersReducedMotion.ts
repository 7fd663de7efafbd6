import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-reduced-motion: reduce)'
const media = () =>
  typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null

/** True when the reader asked the system for less motion; follows changes live. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const m = media()
      m?.addEventListener?.('change', notify)
      return () => m?.removeEventListener?.('change', notify)
    },
    () => media()?.matches ?? false,
    () => false,
  )
}
