import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ExplorerProvider } from './state/context'
import { pageCatalog } from './state/catalog'
import { openExplorer } from './state/openExplorer'
import { createExplorerStore, type ExplorerStore } from './state/store'
import { bindUrl, shareUrl } from './state/url'
import { App } from './ui/App'
import { FigureBoundary } from './ui/FigureBoundary'
import './ui/styles.css'
import './ui/page.css'

// The page entry: the URL is the only way in (parseParams clamps and explains), and the store
// writes itself back to the URL as the reader changes things. Back and forward load the link
// they arrive at the same way.
async function start(element: HTMLElement) {
  const root = createRoot(element)
  let generation = 0
  let unbind = () => {}
  let isReporting = false
  const show = async () => {
    // A model surface or a custom expression in the link: its code loads before the link is parsed.
    // Not a top-level await: that lazily loaded chunk imports this one, and a module awaiting a
    // chunk that imports it back would never finish evaluating.
    const { params, display, notices } = await openExplorer(location.search, pageCatalog)
    // A fresh store and figure per link; after the first, rendered as a transition: React renders
    // it in slices that yield to input, and the previous figure stays until the new one is ready.
    const store: ExplorerStore = createExplorerStore(params, pageCatalog)
    unbind()
    unbind = bindUrl(store, display)
    const fullPageUrl = display.embed ? () => shareUrl(store, location.href) : null
    const key = generation++
    const figure = (
      <StrictMode>
        <ExplorerProvider key={key} store={store}>
          <FigureBoundary hasPageUrl>
            <App display={display} notices={notices} fullPageUrl={fullPageUrl} />
          </FigureBoundary>
        </ExplorerProvider>
      </StrictMode>
    )
    // The first figure renders at once; a later link's as a transition (see above).
    if (key === 0) root.render(figure)
    else startTransition(() => root.render(figure))
    // Only an embed in a frame reports its height: that code loads only then.
    if (display.embed && !isReporting) {
      isReporting = true
      void import('./embed/resize').then((m) => m.reportHeight(element))
    }
  }
  addEventListener('popstate', () => void show())
  await show()
}

// The digits network (surface=digits) is a page of its own, loaded only when asked for.
const isDigits =
  new URLSearchParams(location.search).get('surface')?.trim().toLowerCase() === 'digits'
const element = document.getElementById('root')
if (element && isDigits)
  void import('./ui/network/startDigitsPage').then((m) => m.startDigitsPage(element))
else if (element) void start(element)
