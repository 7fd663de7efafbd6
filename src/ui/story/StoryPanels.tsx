import { Suspense } from 'react'
import type { StoryStep } from '../../state/storySteps'
import { LossChart, ModelPanel, UpdateChart } from '../lazyPanels'
import { MapSlot } from '../MapToggle'
import { AverageDiagram } from './AverageDiagram'

/** What a step shows beside the contours, in reading order. */
export function StoryPanels({ step }: { step: StoryStep }) {
  const has = (p: StoryStep['panels'][number]) => step.panels.includes(p)
  return (
    <Suspense fallback={<p>Loading the charts…</p>}>
      {has('average') && <AverageDiagram />}
      {has('updates') && <UpdateChart />}
      {has('loss') && <LossChart />}
      {has('training') && <ModelPanel hasText={false} />}
      {has('map') && <MapSlot />}
    </Suspense>
  )
}
