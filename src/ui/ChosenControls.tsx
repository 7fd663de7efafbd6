import type { ControlName } from '../state/params'
import { LearningRateSlider } from './LearningRateSlider'
import { MapToggle } from './MapToggle'
import { PlayControls } from './PlayControls'
import { RunList } from './RunList'
import { LayoutToggle, StepsInput, SurfaceSelect } from './SetupControls'

/** The controls an embed or a story step shows, in the page's order; the rest stay hidden. */
export function ChosenControls({ shown }: { shown: ReadonlySet<ControlName> }) {
  const has = (c: ControlName) => shown.has(c)
  const hasRunControls = has('momentum') || has('rule') || has('runs')
  return (
    <div className="me-embed-controls">
      {has('play') && <PlayControls />}
      {has('surface') && <SurfaceSelect />}
      {has('lr') && <LearningRateSlider />}
      {hasRunControls && <RunList showRule={has('rule')} showAddRemove={has('runs')} />}
      {has('steps') && <StepsInput />}
      {has('layout') && <LayoutToggle />}
      {has('map') && <MapToggle />}
    </div>
  )
}
