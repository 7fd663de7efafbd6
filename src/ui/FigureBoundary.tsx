import { Component, useState, type ReactNode } from 'react'
import { useExplorerStore } from '../state/context'
import { defaultParams } from '../state/params'

interface Props {
  readonly children: ReactNode
  /** Whether this figure's URL is the page's (then the message says the link is kept). */
  readonly hasPageUrl?: boolean
}

/**
 * Catches any error thrown while rendering one figure, so a bad link or a bug blanks that figure
 * only: it says what failed and offers to reset the figure to its surface's defaults. The URL is
 * left alone, so the link that failed can still be copied and reported.
 */
export function FigureBoundary({ children, hasPageUrl = false }: Props) {
  const store = useExplorerStore()
  const [generation, setGeneration] = useState(0)
  const reset = () => {
    store.getState().load(defaultParams(store.getState().surface))
    setGeneration((g) => g + 1) // a fresh subtree: nothing of the failed render survives
  }
  return (
    <Boundary key={generation} onReset={reset} hasPageUrl={hasPageUrl}>
      {children}
    </Boundary>
  )
}

interface BoundaryProps extends Required<Props> {
  readonly onReset: () => void
}

class Boundary extends Component<BoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div className="me-app">
        <div className="me-notices me-figure-error" role="alert">
          <p>This figure stopped with an error: {error.message || error.name}</p>
          {this.props.hasPageUrl && (
            <p>The link in the address bar is unchanged, so it can be shared to report this.</p>
          )}
          <button type="button" onClick={this.props.onReset}>
            Reset this figure
          </button>
        </div>
      </div>
    )
  }
}
