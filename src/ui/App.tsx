import { ContourLegend } from '../render/ContourLegend'
import { Figure } from '../render/Figure'
import { LossChart } from '../render/LossChart'
import { UpdateChart } from '../render/UpdateChart'
import { useSurface } from '../state/derived'
import { Explanation } from './Explanation'
import { LearningRateSlider } from './LearningRateSlider'
import { PlayControls } from './PlayControls'
import { Presets } from './Presets'
import { RunList } from './RunList'
import { LayoutToggle, StepsInput, SurfaceSelect } from './SetupControls'
import { Summary } from './Summary'
import { usePlayback } from './usePlayback'

/** The explorer: presets, the contour view and charts, the controls, and what the runs show. */
export function App() {
  usePlayback()
  const surface = useSurface()
  return (
    <div className="me-app">
      <header className="me-header">
        <h1>Momentum Explorer</h1>
        <p>
          Plain gradient descent steps along the current gradient only; momentum keeps a running sum
          of past gradients. Drag the momentum rate and watch the race.
        </p>
        <Presets />
      </header>
      <div className="me-layout-grid">
        <main className="me-stage">
          <Figure />
          <ContourLegend />
          <PlayControls />
          <Summary />
          <LossChart />
          <UpdateChart />
        </main>
        <aside className="me-controls" aria-label="Controls">
          <SurfaceSelect />
          <p className="me-about">{surface.about}</p>
          <LearningRateSlider />
          <RunList />
          <StepsInput />
          <LayoutToggle />
        </aside>
      </div>
      <Explanation />
    </div>
  )
}
