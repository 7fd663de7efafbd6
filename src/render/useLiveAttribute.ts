import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { useOptionalSchedule } from '../state/context'
import type { RunResult } from '../state/deriver'
import type { ExplorerState } from '../state/store'

/** What a live value is computed from: a state and its runs' results. */
export interface LiveFrame {
  readonly state: ExplorerState
  readonly results: readonly RunResult[]
}

/**
 * `#text`: the element's one text node (React made it and holds on to it); `value`: an input's
 * value; any other name: that attribute.
 */
export type LiveName = '#text' | 'value' | (string & {})

/**
 * The one way the page writes the DOM behind React (see schedule.ts): writes `name` of the
 * element from each live step, in the step's own frame, and after each render from the newest
 * state, so a render of an older state never puts back what a step drew. React renders the same
 * value itself whenever no live step waits. `valueOf` may return undefined (leave it) or null
 * (remove the attribute). Outside a figure it does nothing.
 */
export function useLiveAttribute(
  ref: RefObject<Element | null>,
  name: LiveName,
  valueOf: (frame: LiveFrame) => string | null | undefined,
) {
  const schedule = useOptionalSchedule()
  const read = useRef(valueOf)
  // What the element holds since the last render: a live step that computes the same value (the
  // same string, as the shapes are cached) leaves it without reading the DOM.
  const written = useRef<string | null | undefined>(undefined)
  useLayoutEffect(() => {
    read.current = valueOf
    if (!schedule) return
    const state = schedule.latest()
    written.current = valueOf({ state, results: schedule.results.of(state) })
    write(ref.current, name, written.current)
  })
  useEffect(() => {
    if (!schedule) return
    return schedule.onLive((state) => {
      const value = read.current({ state, results: schedule.results.of(state) })
      if (value === written.current) return
      written.current = value
      write(ref.current, name, value)
    })
  }, [schedule, ref, name])
}

/** Writes only what differs: an equal `d` would still be parsed and painted again. */
function write(el: Element | null, name: LiveName, value: string | null | undefined) {
  if (!el || value === undefined) return
  if (name === '#text') return setText(el, value ?? '')
  if (name === 'value' && el instanceof HTMLInputElement) {
    if (value !== null && el.value !== value) el.value = value
    return
  }
  if (el.getAttribute(name) === value) return
  if (value === null) el.removeAttribute(name)
  else el.setAttribute(name, value)
}

/** Replaces the element's one text node's value (never the node: React holds on to it). */
function setText(el: Element, text: string) {
  const node = el.firstChild
  if (!node || node !== el.lastChild || node.nodeType !== Node.TEXT_NODE) return
  if (node.nodeValue !== text) node.nodeValue = text
}
