// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { ExplorerProvider } from '../../../src/state/context'
import { createExplorerStore } from '../../../src/state/store'
import { openExplorer } from '../../../src/state/openExplorer'
import { App } from '../../../src/ui/App'

/** The page or the embed for a link, parsed as main.tsx does: the parser's code loaded first. */
async function renderFrom(query: string) {
  const { params, display, notices } = await openExplorer(query)
  const store = createExplorerStore(params)
  render(
    <ExplorerProvider store={store}>
      <App display={display} notices={notices} />
    </ExplorerProvider>,
  )
  return store
}

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView')
})

const notice = () =>
  screen.findByRole('status', { name: /The function f could not be drawn/ }, { timeout: 10_000 })

describe('a link whose f cannot be drawn', { timeout: 20_000 }, () => {
  test.each([
    ['the full page', 'surface=custom&f=sin(x))', true],
    ['the embed', 'surface=custom&f=sin(x))&embed=1', false],
  ])(
    '%s says so, with the message and the caret at the bad character',
    async (_, query, canEdit) => {
      await renderFrom(query)
      const box = await notice()
      expect(box.textContent).toContain('the plot shows the Ravine surface instead')
      expect(box.textContent).toContain("unexpected ')' at 6")
      expect(box.querySelector('mark')?.textContent).toBe(')')
      expect(box.querySelector('.me-expr-caret')?.textContent).toBe('      ^')
      expect(screen.queryByRole('button', { name: 'Edit f' }) !== null).toBe(canEdit)
    },
  )

  test('Edit f brings the field for f into view and focuses it', async () => {
    // jsdom has no scrollIntoView; the stand-in also tells that the field was brought into view.
    const scrolled = vi.fn()
    Element.prototype.scrollIntoView = scrolled
    const store = await renderFrom('surface=custom&f=sin(x))')
    const box = await notice()
    fireEvent.click(within(box).getByRole('button', { name: 'Edit f' }))
    const field = await screen.findByRole('textbox', { name: 'f(x, y) =' })
    await waitFor(() => expect(field).toHaveFocus())
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' })
    // The request is spent, so the editor showing again later does not take the focus.
    expect(store.getState().isEditFAsked).toBe(false)
  })

  test('an editor that shows after Edit f was pressed (its own chunk) focuses the field for f', async () => {
    Element.prototype.scrollIntoView = vi.fn()
    const { params } = await openExplorer('surface=custom&f=sin(x))')
    const store = createExplorerStore(params)
    store.getState().askEditF(true)
    const { default: CustomSurfaceEditor } =
      await import('../../../src/ui/custom/CustomSurfaceEditor')
    render(
      <ExplorerProvider store={store}>
        <CustomSurfaceEditor />
      </ExplorerProvider>,
    )
    expect(screen.getByRole('textbox', { name: 'f(x, y) =' })).toHaveFocus()
    expect(store.getState().isEditFAsked).toBe(false)
  })

  test('an editor shown without Edit f leaves the focus where it was', async () => {
    const { params } = await openExplorer('surface=custom&f=sin(x))')
    const { default: CustomSurfaceEditor } =
      await import('../../../src/ui/custom/CustomSurfaceEditor')
    render(
      <ExplorerProvider store={createExplorerStore(params)}>
        <CustomSurfaceEditor />
      </ExplorerProvider>,
    )
    expect(screen.getByRole('textbox', { name: 'f(x, y) =' })).not.toHaveFocus()
  })

  test('the notice goes once f is fixed, and never shows for a valid f', async () => {
    const store = await renderFrom('surface=custom&f=x^2%2B')
    await notice()
    store.getState().setCustom('x^2 + y^2', { x: [-5, 5], y: [-5, 5] })
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: /could not be drawn/ })).toBeNull(),
    )
  })
})
