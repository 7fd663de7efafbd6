import { useCallback, useEffect, useRef } from 'react'
import { useCatalog, useExplorer, useExplorerStore } from '../../state/context'
import type { StoryOption } from '../../state/params'
import { paramsOf, type ExplorerStore } from '../../state/store'
import { serializeParams } from '../../state/urlParams'
import { STORY_STEPS, storyParams, storyStepAt, type StoryStep } from '../../state/storySteps'
import { REDUCED_MOTION } from '../usePrefersReducedMotion'

/** Where step 1 stops its run, so the step arrows of the cursor show (Step moves it on). */
export const ARROWS_AT = 3

/** A step's motion: its race played from the start, or (reduced motion) its end state at once. */
function animate(store: ExplorerStore, step: StoryStep) {
  if (step.panels.includes('arrows')) {
    store.setState({ playhead: ARROWS_AT, isPlaying: false })
    return
  }
  const media = typeof window !== 'undefined' ? window.matchMedia?.(REDUCED_MOTION) : undefined
  if (!media || media.matches) return // load() already shows the whole path
  store.getState().reset()
  store.getState().play()
}

/**
 * The story's current step (1-based) and a way to go to another: it loads that step's state,
 * animates it and records the step in the store (and so in the URL). On first render it loads the
 * step the link asks for, unless the link also carries a state of the figure (not the defaults).
 */
export function useStory(option: StoryOption) {
  const store = useExplorerStore()
  const catalog = useCatalog()
  const index = useExplorer((s) => s.storyStep) ?? option.step
  const goTo = useCallback(
    (n: number) => {
      const step = storyStepAt(n)
      catalog.whenReady(step.state.surface, () => {
        store.getState().load(storyParams(step, catalog))
        store.setState({ storyStep: STORY_STEPS.indexOf(step) + 1 })
        animate(store, step)
      })
    },
    [store, catalog],
  )
  const hasStarted = useRef(false)
  useEffect(() => {
    if (hasStarted.current) return
    hasStarted.current = true
    const carriesState = serializeParams(paramsOf(store.getState())) !== ''
    if (carriesState) store.setState({ storyStep: option.step })
    else goTo(option.step)
  }, [store, option, goTo])
  return { index, step: storyStepAt(index), goTo, count: STORY_STEPS.length }
}
