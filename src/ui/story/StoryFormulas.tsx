import type { StoryStep } from '../../state/storySteps'
import { Tex } from '../math/Tex'
import { FORMULAS } from './formulas'

/** The update rules (and theory) a step is about. */
export function StoryFormulas({ step }: { step: StoryStep }) {
  return (
    <dl className="me-story-formulas">
      {step.formulas.map((id) => (
        <div key={id}>
          <dt>{FORMULAS[id].label}</dt>
          <dd>
            <Tex tex={FORMULAS[id].tex} text={FORMULAS[id].text} />
          </dd>
        </div>
      ))}
    </dl>
  )
}
