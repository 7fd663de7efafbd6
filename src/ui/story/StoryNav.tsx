import { useEffect, type RefObject } from 'react'
import { STORY_STEPS } from '../../state/storySteps'

interface Props {
  readonly index: number
  readonly goTo: (n: number) => void
  /** The story's root: inside a shadow root the arrow keys are heard there only. */
  readonly root: RefObject<HTMLElement | null>
}

// Arrow keys belong to whatever has focus when it uses them (sliders, menus, the presets' toolbar).
const OWNS_ARROWS =
  'input, select, textarea, [role="slider"], [role="toolbar"], [role="application"], [contenteditable]'

/** Back, Next, the steps as a numbered list (the progress) and ←/→ anywhere but in a control. */
export function StoryNav({ index, goTo, root }: Props) {
  const count = STORY_STEPS.length
  useEffect(() => {
    const el = root.current
    const target = el?.getRootNode() instanceof ShadowRoot ? el : document
    const onKey = (e: Event) => {
      const k = e as KeyboardEvent
      if (k.defaultPrevented || k.altKey || k.ctrlKey || k.metaKey || k.shiftKey) return
      const from = k.composedPath()[0]
      if (from instanceof Element && from.closest(OWNS_ARROWS)) return
      const next = { ArrowLeft: index - 1, ArrowRight: index + 1 }[k.key]
      if (next === undefined || next < 1 || next > count) return
      k.preventDefault()
      goTo(next)
    }
    target?.addEventListener('keydown', onKey)
    return () => target?.removeEventListener('keydown', onKey)
  }, [index, goTo, root, count])
  return (
    <nav className="me-story-nav" aria-label="Story steps">
      <button type="button" onClick={() => goTo(index - 1)} disabled={index <= 1}>
        ← Back
      </button>
      <ol className="me-story-steps">
        {STORY_STEPS.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              aria-current={i + 1 === index ? 'step' : undefined}
              aria-label={`Step ${i + 1}: ${s.title}`}
              title={s.title}
              onClick={() => goTo(i + 1)}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <span className="me-story-progress">
        Step {index} of {count}
      </span>
      <button type="button" onClick={() => goTo(index + 1)} disabled={index >= count}>
        Next →
      </button>
    </nav>
  )
}
