// @vitest-environment jsdom
import { render, screen, fireEvent, act } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { reportHeight, HEIGHT_MESSAGE, HEIGHT_REQUEST } from '../../src/embed/resize'
import { ExplorerProvider } from '../../src/state/context'
import { createExplorerStore } from '../../src/state/store'
import { bindUrl } from '../../src/state/url'
import { parseParams } from '../../src/state/urlParams'
import { App } from '../../src/ui/App'

function renderFrom(query: string) {
  const { params, view, notices } = parseParams(query)
  const store = createExplorerStore(params)
  const utils = render(
    <ExplorerProvider store={store}>
      <App view={view} notices={notices} fullPageUrl={() => `https://example.test/?${query}`} />
    </ExplorerProvider>,
  )
  return { store, ...utils }
}

describe('embed mode and the URL', () => {
  test('embed=1 shows the figure and only the chosen controls, with a link to the full page', async () => {
    const { container } = renderFrom('embed=1&controls=momentum,lr&runs=0,0.9,0.99')
    await screen.findAllByRole('slider', { name: /^Momentum/ }) // the embed's view loads lazily
    expect(container.querySelectorAll('path[data-trajectory]')).toHaveLength(3)
    expect(screen.getAllByRole('slider', { name: /^Momentum/ })).toHaveLength(3)
    expect(screen.getByRole('slider', { name: 'Learning rate' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull()
    expect(screen.queryByRole('combobox', { name: 'Surface' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Add run' })).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Momentum Explorer' })).toBeNull()
    expect(screen.getByRole('link', { name: /Open in Momentum Explorer/ })).toHaveAttribute(
      'href',
      expect.stringContaining('runs=0,0.9,0.99'),
    )
  })

  test('an embed without controls= shows Momentum and Play only', async () => {
    renderFrom('embed=1')
    await screen.findAllByRole('slider', { name: /^Momentum/ })
    expect(screen.getAllByRole('slider', { name: /^Momentum/ })).toHaveLength(2)
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument()
    expect(screen.queryByRole('slider', { name: 'Learning rate' })).toBeNull()
  })

  test('bad parameters are clamped and named in a dismissible status notice', () => {
    const { store } = renderFrom('lr=50&runs=0,abc&surface=nope')
    const notice = screen.getByRole('status', { name: /settings in the link were adjusted/ })
    expect(notice).toHaveTextContent(/lr/)
    expect(notice).toHaveTextContent(/abc/)
    expect(notice).toHaveTextContent(/nope/)
    expect(store.getState().lr).toBe(10)
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/were adjusted/)).toBeNull()
  })

  test('the URL follows the state, debounced', () => {
    vi.useFakeTimers()
    try {
      const { params, view } = parseParams('runs=0,0.9')
      const store = createExplorerStore(params)
      history.replaceState(null, '', '/?runs=0,0.9')
      const stop = bindUrl(store, view, 200)
      store.getState().setMomentum('r2', 0.5)
      store.getState().setMomentum('r2', 0.6)
      expect(location.search).not.toContain('0.6')
      act(() => void vi.advanceTimersByTime(250))
      expect(location.search).toContain('runs=0,0.6')
      expect(parseParams(location.search).params.runs.map((r) => r.momentum)).toEqual([0, 0.6])
      stop()
    } finally {
      vi.useRealTimers()
    }
  })

  test('an embed posts its height to the parent page', () => {
    const root = document.createElement('div')
    document.body.appendChild(root)
    const parent = { postMessage: vi.fn() } as unknown as Window
    const observers: ResizeObserverCallback[] = []
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: ResizeObserverCallback) {
          observers.push(cb)
        }
        observe() {}
        disconnect() {}
      },
    )
    vi.spyOn(root, 'getBoundingClientRect').mockReturnValue({ height: 431.2 } as DOMRect)
    const stop = reportHeight(root, parent)
    expect(parent.postMessage).toHaveBeenCalledWith({ type: HEIGHT_MESSAGE, height: 432 }, '*')
    // A parent that listens late asks again, and hears the same height once more.
    window.dispatchEvent(
      new MessageEvent('message', {
        source: parent as unknown as MessageEventSource,
        data: { type: HEIGHT_REQUEST },
      }),
    )
    expect(parent.postMessage).toHaveBeenCalledTimes(2)
    stop()
    vi.unstubAllGlobals()
  })
})
