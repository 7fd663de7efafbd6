import { useRef } from 'react'
import type { RunResult } from '../state/hooks'
import type { ExplorerState } from '../state/store'
import { useLiveAttribute } from './useLiveAttribute'

interface Props {
  /** The text, as React renders it (for the state React has). */
  readonly children: string
  /** The same text for a live step (see schedule.ts); undefined leaves it. */
  readonly live: (results: readonly RunResult[], state: ExplorerState) => string | undefined
  readonly className?: string | undefined
}

/** Text that follows each live step in its own frame, like the plot's paths. */
export function LiveText({ children, live, className }: Props) {
  const span = useRef<HTMLSpanElement>(null)
  useLiveAttribute(span, '#text', ({ results, state }) => live(results, state))
  return (
    <span ref={span} className={className}>
      {children}
    </span>
  )
}

/** The label of one run, live: for a run's name in its row and a panel's caption. */
export function RunLabel({
  result,
  className,
}: {
  result: RunResult
  className?: string | undefined
}) {
  const id = result.run.id
  return (
    <LiveText live={(results) => labelOf(results, id)} className={className}>
      {result.label}
    </LiveText>
  )
}

const labelOf = (results: readonly RunResult[], id: string) =>
  results.find((r) => r.run.id === id)?.label
