import { useId, useRef } from 'react'
import { Figure } from '../Figure'
import { useExplorerStore } from '../../state/context'
import type { ControlName, StoryOption, DisplayOptions } from '../../state/params'
import { paramsOf } from '../../state/store'
import { storyStepAt } from '../../state/storySteps'
import { serializeParams } from '../../state/urlParams'
import { ChosenControls } from '../ChosenControls'
import { LazyDetails } from '../LazyDetails'
import { ShareControls } from '../lazyPanels'
import { SurfaceErrorSlot } from '../custom/SurfaceErrorSlot'
import { Notices } from '../Notices'
import { RunLegend } from '../RunLegend'
import { TrainingSlot } from '../TrainingSlot'
import { StoryFormulas } from './StoryFormulas'
import { StoryNav } from './StoryNav'
import { StoryPanels } from './StoryPanels'
import { StorySentences } from './StorySentences'
import { useStory } from './useStory'
import './story.css'

const FROM_THE_START: StoryOption = { step: 1, isSingle: false }

interface Props {
  /** Its `story` says where the story opens (step 1 of the whole story without one). */
  readonly display: DisplayOptions
  readonly notices: readonly string[]
  /** Where "Open in Momentum Explorer" points from an embed (null: no link). */
  readonly fullPageUrl: (() => string) | null
}

/**
 * The guided story (issue #22): a step's title, its sentences and formulas, the figure in the
 * step's state with the panels that show its claim, and "your turn" with the step's controls.
 */
export default function StoryView({ display, notices, fullPageUrl }: Props) {
  const store = useExplorerStore()
  const root = useRef<HTMLDivElement>(null)
  const option = display.story ?? FROM_THE_START
  const { index, step, goTo, count } = useStory(option)
  const isSingle = option.isSingle
  // An embed's `controls` limits what a step offers; the full page offers the step's own.
  const limit = display.controls ? new Set<ControlName>(display.controls) : null
  const shown = new Set(step.controls.filter((c) => !limit || limit.has(c)))
  const ids = useId()
  // Out of an embed or a single step: the whole story on the page; out of the story: the explorer.
  const toStory = display.embed || isSingle
  const exit = () => {
    const query = serializeParams(paramsOf(store.getState()))
    const base = fullPageUrl ? (fullPageUrl().split('?')[0] ?? '') : ''
    return `${base}?${[toStory ? `story=${index}` : '', query].filter(Boolean).join('&')}`
  }
  const outside = display.embed ? { target: '_blank', rel: 'noopener' } : {}
  return (
    <div className={`me-app me-story${display.embed ? ' me-embed' : ''}`} ref={root}>
      {!display.embed && <p className="me-story-kicker">Momentum Explorer · the guided story</p>}
      {!isSingle && <StoryNav index={index} goTo={goTo} root={root} />}
      <Notices notices={notices} />
      <SurfaceErrorSlot canEdit={false} />
      <TrainingSlot />
      <article className="me-story-step" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>
          {isSingle ? '' : `${index}. `}
          {step.title}
        </h2>
        <StorySentences step={step} />
        <StoryFormulas step={step} />
        <section className="me-story-figure" aria-label="The figure">
          <RunLegend />
          <Figure />
        </section>
        <section className="me-story-turn" aria-labelledby={`${ids}-turn`}>
          <h3 id={`${ids}-turn`}>Your turn</h3>
          <p>{step.yourTurn}</p>
          <ChosenControls shown={shown} />
        </section>
        <div className="me-story-panels">
          <StoryPanels step={step} />
        </div>
      </article>
      {!isSingle && index < count && (
        <button type="button" className="me-story-next" onClick={() => goTo(index + 1)}>
          Next: {index + 1}. {storyStepAt(index + 1).title} →
        </button>
      )}
      {(!display.embed || fullPageUrl) && (
        <a
          className="me-open-full"
          href={exit()}
          {...outside}
          onFocus={(e) => (e.currentTarget.href = exit())}
          onPointerEnter={(e) => (e.currentTarget.href = exit())}
        >
          {toStory
            ? 'The whole story in Momentum Explorer ↗'
            : 'Leave the story and explore freely'}
        </a>
      )}
      {!display.embed && (
        <LazyDetails className="me-share-panel" summary="Share and embed">
          <ShareControls display={display} />
        </LazyDetails>
      )}
    </div>
  )
}
