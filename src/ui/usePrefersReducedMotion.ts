import { useSyncExternalStore } from 'react'

/** The media query of a reader who asked for less motion. */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)'
const media = () =>
  typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(REDUCED_MOTION) : null

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
