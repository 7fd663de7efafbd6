import { caretWindow } from './caret'

interface Props {
  readonly id: string
  readonly source: string
  readonly error: { readonly message: string; readonly position: number }
}

/**
 * The parser's message, then the input echoed in monospace with the offending character marked
 * and a caret under it. Everything is React text: the untrusted expression is never HTML.
 */
export function ExpressionError({ id, source, error }: Props) {
  const w = caretWindow(source, error.position)
  return (
    <div id={id} className="me-expr-error">
      <p className="me-expr-message">{error.message}</p>
      {/* The message already says where; the echo is for the eye, so screen readers skip it. */}
      <pre className="me-expr-echo" aria-hidden="true" data-column={w.column}>
        <code>
          {w.before}
          <mark>{w.at}</mark>
          {w.after}
        </code>
        {'\n'}
        <span className="me-expr-caret">{`${' '.repeat(w.column)}^`}</span>
      </pre>
    </div>
  )
}
