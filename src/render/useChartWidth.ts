import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react'

const canObserve = typeof ResizeObserver !== 'undefined'
/** The chart until its width is known: kept in the layout, not yet drawn at the wrong scale. */
const UNMEASURED: CSSProperties = { visibility: 'hidden' }

/**
 * The CSS width of the element behind the ref, kept current: the charts draw at their CSS size
 * (a viewBox as wide as the box), so 11 px text stays 11 px on a phone. `fallback` until measured,
 * and `style` hides the chart till then. The first width comes from the ResizeObserver, after the
 * frame's own layout: measuring in the commit forced the whole page's layout into the task that
 * mounts the panels (over 50 ms with the tuning map and the charts arriving together).
 */
export function useChartWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState<number | null>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width)
      if (w > 0) setWidth(w)
    }
    if (!canObserve) return measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  const style = width === null && canObserve ? UNMEASURED : undefined
  return [ref, width ?? fallback, style] as const
}
