import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The CSS width of the element behind the ref, kept current: the charts draw at their CSS size
 * (a viewBox as wide as the box), so 11 px text stays 11 px on a phone. `fallback` until measured.
 */
export function useChartWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width)
      if (w > 0) setWidth(w)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}
