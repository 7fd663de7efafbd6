import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { parseDigitsParams } from './digitsParams'
import DigitsPage from './DigitsPage'

// The page's URL is the digits state: replaced (not pushed) as the reader changes it.
const writeUrl = (query: string) => history.replaceState(null, '', query + location.hash)

/** Renders the digits page from the URL into `root` (a lazily loaded entry of its own). */
export function startDigitsPage(root: HTMLElement) {
  const { params, notices } = parseDigitsParams(location.search)
  createRoot(root).render(
    <StrictMode>
      <DigitsPage initial={params} notices={notices} onParams={writeUrl} />
    </StrictMode>,
  )
}
