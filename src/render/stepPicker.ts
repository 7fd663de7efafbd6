import type { KeyboardEvent, PointerEvent } from 'react'
import type { Axis } from './scales'

interface Options {
  /** The last step (or epoch) that can be picked. */
  readonly max: number
  readonly current: number | null
  /** Pixels of the chart's viewBox → step. */
  readonly x: Axis
  readonly width: number
  readonly pick: (step: number | null) => void
  /** Steps a PageUp/PageDown press moves. */
  readonly page: number
}

/**
 * Pointer and key handlers that pick a step on a chart. A mouse leaving the chart clears the
 * cursor; a tap (touch or pen) leaves it where it was put, until the chart loses focus.
 */
export function stepPicker({ max, current, x, width, pick, page }: Options) {
  const clamp = (k: number) => Math.max(0, Math.min(max, Math.round(k)))
  const onPointer = (e: PointerEvent<Element>) => {
    const box = e.currentTarget.getBoundingClientRect()
    if (box.width === 0) return
    const k = x.invert(((e.clientX - box.left) / box.width) * width)
    if (Number.isFinite(k)) pick(clamp(k))
  }
  return {
    onPointerMove: onPointer,
    onPointerDown: onPointer,
    onPointerLeave: (e: PointerEvent<Element>) => {
      if (e.pointerType === 'mouse') pick(null)
    },
    onKeyDown: (e: KeyboardEvent<Element>) => {
      const delta = { ArrowLeft: -1, ArrowRight: 1, PageDown: -page, PageUp: page }[e.key]
      if (e.key === 'Escape') return pick(null)
      if (delta === undefined) return
      e.preventDefault()
      pick(clamp((current ?? 0) + delta))
    },
    onBlur: () => pick(null),
  }
}
