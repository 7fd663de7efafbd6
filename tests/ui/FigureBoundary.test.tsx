// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { ExplorerProvider, useExplorer } from '../../src/state/context'
import { defaultParams } from '../../src/state/params'
import { createExplorerStore } from '../../src/state/store'
import { FigureBoundary } from '../../src/ui/FigureBoundary'

/** Throws while the learning rate is the one a "bad link" set. */
function Fragile() {
  const lr = useExplorer((s) => s.lr)
  if (lr === 0.123) throw new Error('the chart could not be drawn')
  return <p>figure at lr {lr}</p>
}

function renderFigure(lr: number) {
  const store = createExplorerStore({ ...defaultParams('ravine'), lr })
  const other = createExplorerStore(defaultParams('ravine'))
  render(
    <>
      <ExplorerProvider store={store}>
        <FigureBoundary hasPageUrl>
          <Fragile />
        </FigureBoundary>
      </ExplorerProvider>
      <ExplorerProvider store={other}>
        <FigureBoundary>
          <Fragile />
        </FigureBoundary>
      </ExplorerProvider>
    </>,
  )
  return store
}

test('a figure that throws shows what failed, keeps the other figures, and can be reset', () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
  const store = renderFigure(0.123)
  expect(screen.getByRole('alert')).toHaveTextContent('the chart could not be drawn')
  expect(screen.getByRole('alert')).toHaveTextContent('The link in the address bar is unchanged')
  // The second figure on the page still draws.
  expect(screen.getByText(`figure at lr ${defaultParams('ravine').lr}`)).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: 'Reset this figure' }))
  expect(screen.queryByRole('alert')).toBeNull()
  expect(store.getState().lr).toBe(defaultParams('ravine').lr)
  expect(store.getState().surface).toBe('ravine')
  expect(screen.getAllByText(/^figure at lr/)).toHaveLength(2)
  logged.mockRestore()
})

test('a figure that does not throw renders its children only', () => {
  renderFigure(0.01)
  expect(screen.queryByRole('alert')).toBeNull()
  expect(screen.getByText('figure at lr 0.01')).toBeInTheDocument()
})
