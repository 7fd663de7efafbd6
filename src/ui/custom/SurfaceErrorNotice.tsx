import { useId, useRef } from 'react'
import { useExplorer } from '../../state/context'
import { ExpressionError } from './ExpressionError'
import './custom.css'

interface Props {
  readonly error: { readonly message: string; readonly position: number }
  /** The surface the plot draws meanwhile. */
  readonly shownInstead: string
  /** Whether an editor for f is on the page (the full page), so the notice can lead to it. */
  readonly canEdit: boolean
}

const EDITOR_WAIT_MS = 3000

/** Scrolls to f's field and focuses it. The editor is a chunk of its own: a click before it
 * shows waits for it, a few seconds at most. */
function focusField(notice: Element | null, since = performance.now()) {
  const field = notice?.closest('.me-app')?.querySelector<HTMLInputElement>('.me-custom-f')
  if (!field) {
    if (performance.now() - since < EDITOR_WAIT_MS) {
      requestAnimationFrame(() => focusField(notice, since))
    }
    return
  }
  field.scrollIntoView({ block: 'center' })
  field.focus()
}

/** The f in the link could not be drawn: what the parser said, where, and what is drawn instead. */
export default function SurfaceErrorNotice({ error, shownInstead, canEdit }: Props) {
  const f = useExplorer((s) => s.f)
  const id = useId()
  const self = useRef<HTMLDivElement>(null)
  return (
    <div ref={self} className="me-notices me-surface-error" role="status" aria-labelledby={id}>
      <p id={id}>
        The function f could not be drawn, so the plot shows the {shownInstead} surface instead:
      </p>
      <ExpressionError id={`${id}-error`} source={f} error={error} />
      {canEdit && (
        <button type="button" onClick={() => focusField(self.current)}>
          Edit f
        </button>
      )}
    </div>
  )
}
