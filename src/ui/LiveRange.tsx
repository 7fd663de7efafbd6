import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react'
import { useExplorer, useSchedule } from '../state/context'
import type { ExplorerState } from '../state/store'
import { useLiveAttribute } from '../render/useLiveAttribute'

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> {
  /** The slider's position for a state. */
  readonly position: (s: ExplorerState) => number
  /** What a screen reader says for that position. */
  readonly valueText: (s: ExplorerState) => string
  /** Applies a new position to the store. */
  readonly onPosition: (position: number) => void
}

/**
 * A range input whose steps are live (see schedule.ts). React renders the rest of the page once
 * the steps pause, so the input is not a controlled one (React would put the old value back after
 * each change event): its value and spoken value follow the newest state, live steps included.
 */
export function LiveRange({ position, valueText, onPosition, ...input }: Props) {
  const schedule = useSchedule()
  const ref = useRef<HTMLInputElement>(null)
  const [first] = useState(() => {
    const s = schedule.latest()
    return { value: position(s), text: valueText(s) }
  })
  // A change from elsewhere (a preset, a link) renders it again, and the value follows.
  useExplorer(position)
  useLiveAttribute(ref, 'value', ({ state }) => String(position(state)))
  useLiveAttribute(ref, 'aria-valuetext', ({ state }) => valueText(state))
  // Its input and change events are taken here and kept from React, which would write the
  // input's name and type again after each drag step: a style recalculation per step.
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const take = (e: Event) => {
      e.stopPropagation()
      const p = Number(el.value)
      schedule.live(() => onPosition(p))
    }
    el.addEventListener('input', take)
    el.addEventListener('change', take)
    return () => {
      el.removeEventListener('input', take)
      el.removeEventListener('change', take)
    }
  }, [schedule, onPosition])
  return (
    <input
      {...input}
      ref={ref}
      type="range"
      defaultValue={first.value}
      aria-valuetext={first.text}
    />
  )
}
