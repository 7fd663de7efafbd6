import { useId, useRef, useState } from 'react'
import { useExplorerStore } from '../state/context'
import { shareUrl } from '../state/url'
import { embedSnippets, storySnippets, type EmbedSnippets } from '../state/urlSnippets'
import { paramsOf } from '../state/store'
import type { DisplayOptions } from '../state/params'

/** Copies text; where the clipboard API is missing or refused, says so instead of failing quietly. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

type Embeddable = 'figure' | 'step' | 'story'
const EMBEDDABLE: readonly (readonly [Embeddable, string])[] = [
  ['figure', 'This figure, as it is'],
  ['step', 'This step of the story only'],
  ['story', 'The whole story'],
]

/** Share (copy the link) and Embed (a dialog with the iframe, custom-element and React snippets). */
export function ShareControls({ display }: { display: DisplayOptions }) {
  const store = useExplorerStore()
  const dialog = useRef<HTMLDialogElement>(null)
  const idBase = useId()
  const [status, setStatus] = useState('')
  const [snippets, setSnippets] = useState<EmbedSnippets | null>(null)
  const [what, setWhat] = useState<Embeddable>('figure')
  const share = async () => {
    const url = shareUrl(store, location.href)
    setStatus((await copy(url)) ? 'Link copied.' : `Copy this link: ${url}`)
  }
  const snippetsOf = (choice: Embeddable) => {
    const s = store.getState()
    const story = storySnippets(paramsOf(s), display, s.storyStep ?? 1, location.href)
    if (choice === 'step') return story.single
    if (choice === 'story') return story.whole
    return embedSnippets(paramsOf(s), { embed: false, controls: display.controls }, location.href)
  }
  // In the story, a step is what a post most likely wants; elsewhere the figure as it is.
  const openEmbed = () => {
    const first: Embeddable = display.story ? 'step' : 'figure'
    setWhat(first)
    setSnippets(snippetsOf(first))
    dialog.current?.showModal?.()
  }
  const choose = (choice: Embeddable) => {
    setWhat(choice)
    setSnippets(snippetsOf(choice))
  }
  return (
    <div className="me-share" role="group" aria-label="Share">
      <button type="button" onClick={share}>
        Share
      </button>
      <button type="button" onClick={openEmbed}>
        Embed
      </button>
      <span role="status" className="me-share-status">
        {status}
      </span>
      <dialog ref={dialog} className="me-dialog" aria-label="Embed this figure">
        <h2>Embed this figure</h2>
        <fieldset className="me-embed-what">
          <legend>What to embed</legend>
          {(display.story ? EMBEDDABLE : EMBEDDABLE.filter(([k]) => k !== 'step')).map(
            ([k, label]) => (
              <label key={k}>
                <input
                  type="radio"
                  name={`${idBase}-what`}
                  checked={what === k}
                  onChange={() => choose(k)}
                />{' '}
                {label}
              </label>
            ),
          )}
        </fieldset>
        {snippets &&
          (
            [
              ['iframe', 'An iframe (works anywhere)', snippets.iframe],
              ['element', 'A custom element (one script tag)', snippets.element],
              ['react', 'React / MDX (npm package momentum-explorer)', snippets.react],
            ] as const
          ).map(([key, label, text]) => (
            <div key={key} className="me-field">
              <label htmlFor={`${idBase}-${key}`}>{label}</label>
              <textarea id={`${idBase}-${key}`} readOnly rows={3} value={text} />
              <button
                type="button"
                onClick={async () =>
                  setStatus((await copy(text)) ? 'Snippet copied.' : 'Select the text and copy it.')
                }
              >
                Copy
              </button>
            </div>
          ))}
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </div>
  )
}

/** The lazy chunk's default (see lazyPanels). */
export default ShareControls
