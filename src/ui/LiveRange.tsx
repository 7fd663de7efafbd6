import { useLayoutEffect, useRef, useState, type InputHTMLAttributes } from 'react'
import { useExplorerSources } from '../state/context'
import type { ExplorerState } from '../state/store'

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> {
  /** The slider's position for a state. */
  readonly position: (s: ExplorerState) => number
  /** What a screen reader says for that position. */
  readonly valueText: (s: ExplorerState) => string
  /** Applies a new position to the store. */
  readonly onPosition: (position: number) => void
}

/**
 * A range input for a slider the plot follows live. The rest of the page gets the steps once
 * they pause (see frameView.ts), so the input is not a controlled one (React would put the old
 * value back after each change event): it follows the store by itself, and a step's frame holds
 * the moved thumb, the redrawn paths and the live labels only.
 */
export function LiveRange({ position, valueText, onPosition, ...input }: Props) {
  const { store, view } = useExplorerSources()
  const ref = useRef<HTMLInputElement>(null)
  const read = useRef({ position, valueText })
  const [first] = useState(() => ({
    value: position(store.getState()),
    text: valueText(store.getState()),
  }))
  useLayoutEffect(() => {
    read.current = { position, valueText }
  })
  useLayoutEffect(() => {
    const follow = () => {
      const el = ref.current
      if (!el) return
      const s = store.getState()
      const value = String(read.current.position(s))
      if (el.value !== value) el.value = value
      const text = read.current.valueText(s)
      if (el.getAttribute('aria-valuetext') !== text) el.setAttribute('aria-valuetext', text)
    }
    follow()
    return store.subscribe(follow)
  }, [store])
  return (
    <input
      {...input}
      ref={ref}
      type="range"
      defaultValue={first.value}
      aria-valuetext={first.text}
      onChange={(e) => {
        const p = Number(e.target.value)
        view.defer(() => onPosition(p))
      }}
    />
  )
}
