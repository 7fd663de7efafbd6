import { Suspense, useRef } from 'react'
import { ContourLegend } from './ContourLegend'
import { Figure } from './Figure'
import { useExplorer } from '../state/context'
import { useSurface } from '../state/hooks'
import { isModelSurfaceId } from '../core'
import { STORY_LENGTH, type DisplayOptions } from '../state/params'
import { SurfaceErrorSlot } from './custom/SurfaceErrorSlot'
import {
  CustomSurfaceEditor,
  Explanation,
  ExportMenu,
  ModelPanel,
  PresetStory,
  Presets,
  ShareControls,
  LossChart,
  Summary,
  UpdateChart,
} from './lazyPanels'
import { EmbedView, StoryView } from './lazyViews'
import { MapSlot, MapToggle } from './MapToggle'
import { LazyDetails } from './LazyDetails'
import { LearningRateSlider } from './LearningRateSlider'
import { Notices } from './Notices'
import { PlayControls } from './PlayControls'
import { RunLegend } from './RunLegend'
import { RunList } from './RunList'
import { LayoutToggle, StepsInput, SurfaceSelect } from './SetupControls'
import { PlaybackLoop, usePlayOnLoad } from './usePlayback'
import { TrainingSlot } from './TrainingSlot'

const FULL_PAGE: DisplayOptions = { embed: false, controls: null }

interface Props {
  readonly display?: DisplayOptions
  /** What the URL or attributes asked for that was adjusted or ignored. */
  readonly notices?: readonly string[]
  /** Where "Open in Momentum Explorer" points from an embed (null: no link). */
  readonly fullPageUrl?: (() => string) | null
}

/** The explorer: the full page, or (embed) just the figure and the chosen controls. */
export function App({ display = FULL_PAGE, notices = [], fullPageUrl = null }: Props) {
  return (
    <>
      <PlaybackLoop />
      {display.story ? (
        <Suspense fallback={null}>
          <StoryView display={display} notices={notices} fullPageUrl={fullPageUrl} />
        </Suspense>
      ) : display.embed ? (
        <Suspense fallback={null}>
          <EmbedView display={display} notices={notices} fullPageUrl={fullPageUrl} />
        </Suspense>
      ) : (
        <FullPage display={display} notices={notices} />
      )}
    </>
  )
}

function FullPage({ display, notices }: { display: DisplayOptions; notices: readonly string[] }) {
  const surface = useSurface()
  const surfaceId = useExplorer((s) => s.surface)
  const stage = useRef<HTMLElement>(null)
  usePlayOnLoad()
  // DOM order is reading and tab order: the race, then what drives it, then the results.
  return (
    <div className="me-app">
      <header className="me-header">
        <h1>Momentum Explorer</h1>
        <p>
          Plain gradient descent steps along the current gradient only; momentum keeps a running sum
          of past gradients. Drag the momentum rate and watch the race.
        </p>
        <p className="me-story-link">
          <a href="?story=1">
            Take the guided story: why momentum works, in {STORY_LENGTH} steps →
          </a>
        </p>
        {/* An empty row of the toolbar's height until it loads, so the race below never jumps. */}
        <Suspense fallback={<div className="me-presets" aria-hidden="true" />}>
          <Presets />
        </Suspense>
      </header>
      <Notices notices={notices} />
      <SurfaceErrorSlot canEdit />
      <TrainingSlot />
      <div className="me-layout-grid">
        <section className="me-stage" ref={stage} aria-label="The race">
          <RunLegend />
          <div className="me-race-row">
            <Figure />
          </div>
          <PlayControls />
          {/* Beside the plot and Play on wide screens, so its hover preview is in view. */}
          <MapSlot />
        </section>
        <aside className="me-controls" aria-label="Controls">
          <RunList />
          <LearningRateSlider />
          <SurfaceSelect />
          {surfaceId === 'custom' && (
            <Suspense fallback={<p>Loading the expression editor…</p>}>
              <CustomSurfaceEditor />
            </Suspense>
          )}
          <p className="me-about">{surface.about}</p>
          <StepsInput />
          <LayoutToggle />
          <MapToggle />
          <LazyDetails className="me-share-panel" summary="Share, embed, download">
            <ShareControls display={display} />
            <ExportMenu figureRoot={() => stage.current} />
          </LazyDetails>
        </aside>
        <main className="me-results">
          {/* The pending boxes keep the room of what loads just after the first paint: the page must
              not grow under a reader's click (the sticky controls move when it does). */}
          <Suspense fallback={<div className="me-summary me-pending-summary" />}>
            <Summary />
          </Suspense>
          <Suspense fallback={null}>
            <PresetStory />
          </Suspense>
          <ContourLegend />
          {isModelSurfaceId(surfaceId) && (
            <Suspense fallback={<p>Loading the training curves…</p>}>
              <ModelPanel />
            </Suspense>
          )}
          {/* Below the fold: loaded just after the first paint, in one chunk with its scales. */}
          <Suspense fallback={<div className="me-pending-charts" />}>
            <LossChart />
            <UpdateChart />
          </Suspense>
        </main>
      </div>
      <LazyDetails className="me-explain" summary="How the update rules work">
        <Explanation />
      </LazyDetails>
    </div>
  )
}
