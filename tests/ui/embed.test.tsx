// @vitest-environment jsdom
import { render, screen, fireEvent, act } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { parentOrigin, reportHeight, HEIGHT_MESSAGE, HEIGHT_REQUEST } from '../../src/embed/resize'
import { ExplorerProvider } from '../../src/state/context'
import { createExplorerStore } from '../../src/state/store'
import { bindUrl } from '../../src/state/url'
import { parseParams } from '../../src/state/urlParams'
import { App } from '../../src/ui/App'
import { stubResizeObserver } from '../fixtures/resizeObserver'

function renderFrom(query: string) {
  const { params, display, notices } = parseParams(query)
  const store = createExplorerStore(params)
  const utils = render(
    <ExplorerProvider store={store}>
      <App
        display={display}
        notices={notices}
        fullPageUrl={() => `https://example.test/?${query}`}
      />
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
      const { params, display } = parseParams('runs=0,0.9')
      const store = createExplorerStore(params)
      history.replaceState(null, '', '/?runs=0,0.9')
      const stop = bindUrl(store, display)
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

  test('an embed posts its height after it has rendered and on resize, never 0', () => {
    const root = document.createElement('div')
    document.body.appendChild(root)
    const parent = { postMessage: vi.fn() } as unknown as Window
    const observers = stubResizeObserver()
    const box = vi.spyOn(root, 'getBoundingClientRect').mockReturnValue({ height: 0 } as DOMRect)
    const stop = reportHeight(root, parent)
    expect(parent.postMessage).not.toHaveBeenCalled() // nothing before the first layout
    observers[0]!([], {} as ResizeObserver) // the first layout: React has not rendered yet
    expect(parent.postMessage).not.toHaveBeenCalled()
    box.mockReturnValue({ height: 431.2 } as DOMRect)
    observers[0]!([], {} as ResizeObserver)
    // No parent origin known in jsdom (no ancestorOrigins, no referrer): '*', a number only.
    expect(parent.postMessage).toHaveBeenCalledWith({ type: HEIGHT_MESSAGE, height: 432 }, '*')
    observers[0]!([], {} as ResizeObserver) // same height: not posted again
    expect(parent.postMessage).toHaveBeenCalledTimes(1)
    // A parent that listens late asks again, and hears the same height, sent to its origin.
    window.dispatchEvent(
      new MessageEvent('message', {
        source: parent as unknown as MessageEventSource,
        origin: 'https://blog.example',
        data: { type: HEIGHT_REQUEST },
      }),
    )
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: HEIGHT_MESSAGE, height: 432 },
      'https://blog.example',
    )
    expect(parent.postMessage).toHaveBeenCalledTimes(2)
    stop()
    vi.unstubAllGlobals()
  })
})

test('the parent origin comes from ancestorOrigins, else the referrer, else is unknown', () => {
  const doc = (ancestors: string[] | undefined, referrer: string) =>
    ({ location: { ancestorOrigins: ancestors }, referrer }) as unknown as Document
  expect(parentOrigin(doc(['https://blog.example'], 'https://other.example/x'))).toBe(
    'https://blog.example',
  )
  expect(parentOrigin(doc(undefined, 'https://blog.example/post/1?q'))).toBe('https://blog.example')
  expect(parentOrigin(doc([], ''))).toBeNull()
  expect(parentOrigin(doc(['null'], 'not a url'))).toBeNull()
})
