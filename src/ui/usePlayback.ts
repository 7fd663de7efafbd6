import { useEffect, useRef } from 'react'
import { useExplorerStore } from '../state/context'
import { useStepCount } from '../state/hooks'
import { REDUCED_MOTION, usePrefersReducedMotion } from './usePrefersReducedMotion'

/**
 * While playing, advances the playhead on animation frames at `speed` steps per second; at the last
 * step it stops and shows the whole path. Under prefers-reduced-motion, Play shows the whole path at
 * once instead of animating it.
 */
export function usePlayback() {
  const store = useExplorerStore()
  const isReduced = usePrefersReducedMotion()
  const total = useStepCount()
  useEffect(() => {
    let frame = 0
    let last = 0
    let carried = 0
    const tick = (now: number) => {
      const s = store.getState()
      if (!s.isPlaying) return
      const dt = last === 0 ? 0 : Math.min(0.1, (now - last) / 1000)
      last = now
      carried += dt * s.speed
      const advance = Math.floor(carried)
      carried -= advance
      const at = (s.playhead ?? 0) + advance
      if (at >= total) {
        store.setState({ isPlaying: false, playhead: null })
        return
      }
      if (advance > 0) s.setPlayhead(at)
      frame = requestAnimationFrame(tick)
    }
    const onChange = (isPlaying: boolean, wasPlaying: boolean) => {
      if (!isPlaying || wasPlaying) return
      if (isReduced) {
        store.setState({ isPlaying: false, playhead: null })
        return
      }
      last = 0
      carried = 0
      frame = requestAnimationFrame(tick)
    }
    const unsubscribe = store.subscribe((s, prev) => onChange(s.isPlaying, prev.isPlaying))
    onChange(store.getState().isPlaying, false)
    return () => {
      unsubscribe()
      cancelAnimationFrame(frame)
    }
  }, [store, isReduced, total])
}

/** The playback loop as a component that renders nothing: its re-renders stay its own. */
export function PlaybackLoop() {
  usePlayback()
  return null
}

/**
 * The race plays once when the page opens, so the first thing a reader sees is the idea moving;
 * not under reduced motion, nor where no media query can say (then the end state shows at once).
 */
export function usePlayOnLoad() {
  const store = useExplorerStore()
  const total = useStepCount()
  const hasStarted = useRef(false)
  useEffect(() => {
    if (hasStarted.current) return
    hasStarted.current = true
    const media = typeof window !== 'undefined' ? window.matchMedia?.(REDUCED_MOTION) : undefined
    if (!media || media.matches) return
    store.getState().reset()
    store.getState().play(total)
  }, [store, total])
}
