import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useCatalog, useExplorer } from '../../state/context'
import { useSurfaceStatus } from '../../state/hooks'
import { CUSTOM_DEFAULTS } from '../../state/params'
import { BetaHint } from './BetaHint'
import { EXAMPLES } from './examples'
import { ExpressionError } from './ExpressionError'
import { UndefinedNote } from './UndefinedNote'
import { useExpressions } from './useExpressions'
import { checkView, draftOf, type ViewDraft } from './viewDraft'
import { ViewInputs } from './ViewInputs'
import './custom.css'

/** Quiet time after the last keystroke before the draft is checked, so errors don't flicker. */
const CHECK_DELAY_MS = 250

/**
 * Type your own f(x, y) and view range. The draft is checked by the lazily loaded parser as you
 * type (errors shown at their position); Apply (or Enter) switches the figure to it.
 */
export default function CustomSurfaceEditor() {
  const { f, view, setCustom, setLr, setStart, isEditFAsked, askEditF } = useExplorer(
    useShallow((s) => ({
      f: s.f,
      view: s.view,
      setCustom: s.setCustom,
      setLr: s.setLr,
      setStart: s.setStart,
      isEditFAsked: s.isEditFAsked,
      askEditF: s.askEditF,
    })),
  )
  const applied = view ?? CUSTOM_DEFAULTS.domain
  const status = useSurfaceStatus()
  const catalog = useCatalog()
  const mod = useExpressions()
  const id = useId()
  const fieldRef = useRef<HTMLInputElement>(null)
  const viewRefs = useRef(new Map<keyof ViewDraft, HTMLInputElement>())

  const [draft, setDraft] = useState(f)
  const [viewDraft, setViewDraft] = useState(() => draftOf(applied))
  // What was last checked: the draft after a pause in typing, or at once on Apply.
  const [checked, setChecked] = useState({ f, view: viewDraft })
  // When the store's f or view change elsewhere (a preset, the Surface menu), start over from them.
  const [synced, setSynced] = useState({ f, view })
  if (synced.f !== f || synced.view !== view) {
    const next = draftOf(applied)
    setSynced({ f, view })
    setDraft(f)
    setViewDraft(next)
    setChecked({ f, view: next })
  }
  // "Edit f" on the notice: pressed before this editor had loaded, it is honoured when it shows.
  useEffect(() => {
    const field = fieldRef.current
    if (!isEditFAsked || !field) return
    askEditF(false)
    field.scrollIntoView({ block: 'center' })
    field.focus()
  }, [isEditFAsked, askEditF])
  useEffect(() => {
    const timer = setTimeout(() => setChecked({ f: draft, view: viewDraft }), CHECK_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft, viewDraft])

  const parsed = useMemo(() => (mod ? mod.parseExpression(checked.f) : null), [mod, checked.f])
  const fError = parsed && !parsed.ok ? parsed.error : null
  const viewCheck = useMemo(() => checkView(checked.view), [checked.view])
  const viewProblem = viewCheck.ok ? null : viewCheck

  async function apply(fText: string, v: ViewDraft) {
    setChecked({ f: fText, view: v })
    const m = mod ?? (await catalog.loadExpressions())
    const p = m.parseExpression(fText)
    const range = checkView(v)
    if (!p.ok) return fieldRef.current?.focus()
    if (!range.ok) return viewRefs.current.get(range.field)?.focus()
    const source = fText.trim()
    const result = catalog.custom(source, range.view)
    if (!result?.ok) return fieldRef.current?.focus()
    setCustom(source, range.view)
    // A new landscape gets its own suggested step size and start, like choosing a built-in one.
    setLr(result.surface.suggestedLr)
    setStart(result.surface.defaultStart)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void apply(draft, viewDraft)
  }

  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const names = mod ? Object.keys(mod.FUNCTIONS).join(', ') : 'sin, cos, exp, log, sqrt, …'
  return (
    <section className="me-custom" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your own function</h2>
      <form onSubmit={submit} noValidate>
        <div className="me-field">
          <label htmlFor={`${id}-f`}>f(x, y) =</label>
          <input
            id={`${id}-f`}
            ref={fieldRef}
            className="me-custom-f"
            type="text"
            value={draft}
            placeholder="x^2 + 10*y^2"
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            aria-invalid={fError !== null}
            aria-describedby={fError ? `${errorId} ${hintId}` : hintId}
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <div aria-live="polite">
          {fError && <ExpressionError id={errorId} source={checked.f} error={fError} />}
        </div>
        <p id={hintId} className="me-hint">
          Use x, y, numbers, + − * / ^, parentheses, pi, e and {names}.
        </p>
        <div className="me-custom-examples" role="group" aria-labelledby={`${id}-examples`}>
          <span id={`${id}-examples`} className="me-hint">
            Examples:
          </span>
          {EXAMPLES.map((ex) => (
            <button
              key={ex.f}
              type="button"
              aria-label={`Example: ${ex.f}`}
              onClick={() => void apply(ex.f, draftOf(ex.view))}
            >
              <code>{ex.f}</code>
            </button>
          ))}
        </div>
        <ViewInputs
          draft={viewDraft}
          onChange={setViewDraft}
          problem={viewProblem}
          inputRef={(field, el) => {
            if (el) viewRefs.current.set(field, el)
            else viewRefs.current.delete(field)
          }}
        />
        <button type="submit" className="me-custom-apply">
          Apply
        </button>
      </form>
      <div className="me-custom-status" role="status">
        {status.error ? (
          <p>
            This function cannot be drawn ({status.error.message}); the plot shows{' '}
            {status.surface.name} until it is fixed.
          </p>
        ) : (
          !status.isLoading && (
            <>
              <p className="me-custom-formula">
                Drawing <code>f(x, y) = {f}</code>
              </p>
              <UndefinedNote surface={status.surface} />
            </>
          )
        )}
      </div>
      {!status.error && !status.isLoading && <BetaHint surface={status.surface} />}
    </section>
  )
}
