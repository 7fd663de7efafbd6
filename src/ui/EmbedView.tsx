import { Suspense, useRef } from 'react'
import { ContourLegend } from './ContourLegend'
import { Figure } from './Figure'
import type { ControlName, DisplayOptions } from '../state/params'
import { SurfaceErrorSlot } from './custom/SurfaceErrorSlot'
import { LazyDetails } from './LazyDetails'
import { ExportMenu, Summary } from './lazyPanels'
import { ChosenControls } from './ChosenControls'
import { MapSlot } from './MapToggle'
import { Notices } from './Notices'
import { RunLegend } from './RunLegend'
import { TrainingSlot } from './TrainingSlot'

/** What an embed shows when `controls` is not given: the central gesture and playback. */
export const DEFAULT_EMBED_CONTROLS: readonly ControlName[] = ['momentum', 'play']

interface Props {
  readonly display: DisplayOptions
  readonly notices: readonly string[]
  readonly fullPageUrl: (() => string) | null
}

/** The figure for a blog post: the plot, its legend, the chosen controls, and a link to the page. */
export function EmbedView({ display, notices, fullPageUrl }: Props) {
  const shown = new Set(display.controls ?? DEFAULT_EMBED_CONTROLS)
  const root = useRef<HTMLDivElement>(null)
  return (
    <div className="me-app me-embed" ref={root}>
      <Notices notices={notices} />
      <SurfaceErrorSlot canEdit={false} />
      <TrainingSlot />
      <RunLegend />
      <Figure />
      <ContourLegend />
      <ChosenControls shown={shown} />
      <Suspense fallback={<div className="me-summary" />}>
        <Summary />
      </Suspense>
      {shown.has('map') && <MapSlot />}
      {/* Posts that cannot run scripts take a GIF, a video or a still from here. */}
      <LazyDetails className="me-share-panel" summary="Download">
        <ExportMenu figureRoot={() => root.current} />
      </LazyDetails>
      {fullPageUrl && (
        <a
          className="me-open-full"
          href={fullPageUrl()}
          target="_blank"
          rel="noopener"
          onFocus={(e) => (e.currentTarget.href = fullPageUrl())}
          onPointerEnter={(e) => (e.currentTarget.href = fullPageUrl())}
        >
          Open in Momentum Explorer ↗
        </a>
      )}
    </div>
  )
}
