import { useLayoutEffect, useRef, useState } from 'react'

const canObserve = typeof ResizeObserver !== 'undefined'

/**
 * The CSS width of the element behind the ref, kept current: the charts draw at their CSS size
 * (a viewBox as wide as the box), so 11 px text stays 11 px on a phone. The first width comes from
 * the ResizeObserver, after the frame's own layout: measuring in the commit laid the whole page
 * out inside the task that mounts the panels. Until it comes the width is null and a chart computes
 * and draws nothing (an empty box of its height), never text at a guessed scale. Where there is no
 * ResizeObserver (jsdom), `fallback` at once.
 */
export function useChartWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState<number | null>(canObserve ? null : fallback)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || !canObserve) return
    const observer = new ResizeObserver(() => {
      const w = Math.round(el.getBoundingClientRect().width)
      if (w > 0) setWidth(w)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}
