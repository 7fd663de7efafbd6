import { useEffect, useRef, useState } from 'react'

/**
 * The value, once it has stopped changing for `quietMs` (and at least every `maxWaitMs` while it
 * keeps changing). Panels beside the plot use it, so a slider drag repaints only the trajectories
 * each frame and the charts and the spoken summary a few times a second.
 */
export function useSettledValue<T>(value: T, quietMs = 120, maxWaitMs = 400): T {
  const [settled, setSettled] = useState(value)
  const lastUpdate = useRef(0)
  useEffect(() => {
    if (Object.is(value, settled)) return
    const since = performance.now() - lastUpdate.current
    const timer = setTimeout(
      () => {
        lastUpdate.current = performance.now()
        setSettled(value)
      },
      since >= maxWaitMs ? 0 : quietMs,
    )
    return () => clearTimeout(timer)
  }, [value, settled, quietMs, maxWaitMs])
  return settled
}
