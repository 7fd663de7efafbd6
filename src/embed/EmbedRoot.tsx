import type { ViewOptions } from '../state/params'
import { Suspense } from 'react'
import { EmbedView } from '../ui/EmbedView'
import { FigureBoundary } from '../ui/FigureBoundary'
import { StoryView } from '../ui/lazyViews'
import { PlaybackLoop } from '../ui/usePlayback'

interface Props {
  readonly view: ViewOptions
  readonly notices: readonly string[]
  readonly fullPageUrl: (() => string) | null
}

/**
 * What `<App view={{ embed: true }}>` renders, without the full page's lazy parts (explanation,
 * export, share), so the element and library bundles never carry code an embed cannot show.
 */
export function EmbedRoot({ view, notices, fullPageUrl }: Props) {
  // Keyed on the notices so a new bad attribute re-opens a notice the reader dismissed.
  return (
    <FigureBoundary>
      <PlaybackLoop />
      {view.story ? (
        <Suspense fallback={null}>
          <StoryView view={view} notices={notices} fullPageUrl={fullPageUrl} />
        </Suspense>
      ) : (
        <EmbedView
          key={notices.join('\n')}
          view={view}
          notices={notices}
          fullPageUrl={fullPageUrl}
        />
      )}
    </FigureBoundary>
  )
}
