import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { reportHeight } from './embed/resize'
import { ExplorerProvider } from './state/context'
import { createExplorerStore } from './state/store'
import { prepareSurfaceFor } from './state/surfaceRegistry'
import { bindUrl, shareUrl } from './state/url'
import { parseParams } from './state/urlParams'
import { App } from './ui/App'
import { FigureBoundary } from './ui/FigureBoundary'
import './ui/styles.css'

// The page entry: the URL is the only way in (parseParams clamps and explains), and the store
// writes itself back to the URL as the reader changes things.
async function start(root: HTMLElement) {
  // A model surface or a custom expression in the link: load its code before parsing the link.
  // Not a top-level await: that lazily loaded chunk imports this one, and a module awaiting a
  // chunk that imports it back would never finish evaluating.
  await prepareSurfaceFor(location.search)
  const { params, view, notices } = parseParams(location.search)
  const store = createExplorerStore(params)
  bindUrl(store, view)
  const fullPageUrl = view.embed ? () => shareUrl(store, location.href) : null
  createRoot(root).render(
    <StrictMode>
      <ExplorerProvider store={store}>
        <FigureBoundary hasPageUrl>
          <App view={view} notices={notices} fullPageUrl={fullPageUrl} />
        </FigureBoundary>
      </ExplorerProvider>
    </StrictMode>,
  )
  if (view.embed) reportHeight(root)
}

const root = document.getElementById('root')
if (root) void start(root)
