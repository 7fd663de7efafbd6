import { useEffect, useLayoutEffect, useRef } from 'react'
import { useOptionalExplorerSources } from '../state/context'
import type { RunResult } from '../state/derived'
import type { ExplorerState } from '../state/store'

interface Props {
  /** The text, as React renders it (for the state React has). */
  readonly children: string
  /** The same text for a newer state, a slider step not yet rendered; undefined leaves it. */
  readonly live: (results: readonly RunResult[], state: ExplorerState) => string | undefined
  readonly className?: string
}

/**
 * Text that shows a slider step in the step's own frame, like the plot's paths, while React
 * renders the rest of the page once the steps pause (see frameView.ts).
 *
 * It writes the text node React made, so React's next render finds it in place (React compares
 * with what it rendered last, not with the page).
 */
export function LiveText({ children, live, className }: Props) {
  const sources = useOptionalExplorerSources()
  const span = useRef<HTMLSpanElement>(null)
  const read = useRef(live)
  useLayoutEffect(() => {
    read.current = live
  })
  useEffect(() => {
    if (!sources) return
    return sources.view.onDeferred((state) => {
      const text = read.current(sources.results.of(state), state)
      if (span.current && text !== undefined) setText(span.current, text)
    }, false)
  }, [sources])
  return (
    <span ref={span} className={className}>
      {children}
    </span>
  )
}

/** The label of one run, live: for a run's name in its row and a panel's caption. */
export function RunLabel({ result }: { result: RunResult }) {
  const id = result.run.id
  return <LiveText live={(results) => labelOf(results, id)}>{result.label}</LiveText>
}

const labelOf = (results: readonly RunResult[], id: string) =>
  results.find((r) => r.run.id === id)?.label

/** Replaces the element's one text node's value (never the node: React holds on to it). */
function setText(el: Element, text: string) {
  const node = el.firstChild
  if (!node || node !== el.lastChild || node.nodeType !== Node.TEXT_NODE) return
  if (node.nodeValue !== text) node.nodeValue = text
}
