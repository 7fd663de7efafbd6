import { useRef } from 'react'
import { useCatalog } from '../../state/context'
import { useSettledRunResults, useStepCount, useSurface } from '../../state/hooks'
import { useSettledLr } from '../../state/settledLr'
import type { StoryStep } from '../../state/storySteps'
import { storySentences } from './storyText'
import { useStaleMark } from '../useStaleMark'

/** The step's 2–4 sentences, from the figure as it is now (they follow the reader's changes). */
export function StorySentences({ step }: { step: StoryStep }) {
  const results = useSettledRunResults()
  const self = useRef<HTMLDivElement>(null)
  useStaleMark(self, results)
  const surface = useSurface()
  const steps = useStepCount()
  const lr = useSettledLr()
  const model = useCatalog().model(surface.id)
  const said = storySentences(step, { results, surface, lr, steps, model })
  return (
    <div ref={self} className="me-story-text" aria-live="polite">
      {said.map((s) => (
        <p key={s}>{s}</p>
      ))}
    </div>
  )
}
