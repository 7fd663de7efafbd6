import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ExplorerProvider } from './state/context'
import { defaultParams } from './state/params'
import { App } from './ui/App'
import './ui/styles.css'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ExplorerProvider initial={defaultParams()}>
        <App />
      </ExplorerProvider>
    </StrictMode>,
  )
}
