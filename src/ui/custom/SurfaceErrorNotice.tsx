import { useId } from 'react'
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

/** The f in the link could not be drawn: what the parser said, where, and what is drawn instead. */
export default function SurfaceErrorNotice({ error, shownInstead, canEdit }: Props) {
  const f = useExplorer((s) => s.f)
  const askEditF = useExplorer((s) => s.askEditF)
  const id = useId()
  return (
    <div className="me-notices me-surface-error" role="status" aria-labelledby={id}>
      <p id={id}>
        The function f could not be drawn, so the plot shows the {shownInstead} surface instead:
      </p>
      <ExpressionError id={`${id}-error`} source={f} error={error} />
      {canEdit && (
        <button type="button" onClick={() => askEditF(true)}>
          Edit f
        </button>
      )}
    </div>
  )
}
