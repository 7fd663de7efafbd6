import type { DisplayOptions } from '../state/params'
import { Suspense } from 'react'
import { EmbedView } from '../ui/EmbedView'
import { FigureBoundary } from '../ui/FigureBoundary'
import { StoryView } from '../ui/lazyViews'
import { PlaybackLoop } from '../ui/usePlayback'

interface Props {
  readonly display: DisplayOptions
  readonly notices: readonly string[]
  readonly fullPageUrl: (() => string) | null
}

/**
 * What `<App display={{ embed: true }}>` renders, without the full page's lazy parts (explanation,
 * export, share), so the element and library bundles never carry code an embed cannot show.
 */
export function EmbedRoot({ display, notices, fullPageUrl }: Props) {
  // Keyed on the notices so a new bad attribute re-opens a notice the reader dismissed.
  return (
    <FigureBoundary>
      <PlaybackLoop />
      {display.story ? (
        <Suspense fallback={null}>
          <StoryView display={display} notices={notices} fullPageUrl={fullPageUrl} />
        </Suspense>
      ) : (
        <EmbedView
          key={notices.join('\n')}
          display={display}
          notices={notices}
          fullPageUrl={fullPageUrl}
        />
      )}
    </FigureBoundary>
  )
}
