// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
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

  test('the notice goes once f is fixed, and never shows for a valid f', async () => {
    const store = await renderFrom('surface=custom&f=x^2%2B')
    await notice()
    store.getState().setCustom('x^2 + y^2', { x: [-5, 5], y: [-5, 5] })
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: /could not be drawn/ })).toBeNull(),
    )
  })
})
