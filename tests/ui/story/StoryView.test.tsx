// @vitest-environment jsdom
// The story on the page, read as a reader does: by heading, buttons and the Embed dialog's choices.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ExplorerProvider } from '../../../src/state/context'
import { defaultParams } from '../../../src/state/params'
import { createExplorerStore } from '../../../src/state/store'
import { App } from '../../../src/ui/App'

function renderStory(step: number) {
  const store = createExplorerStore(defaultParams())
  const display = { embed: false, controls: null, story: { step, isSingle: false } }
  const utils = render(
    <ExplorerProvider store={store}>
      <App display={display} />
    </ExplorerProvider>,
  )
  return { store, ...utils }
}

test(
  'Next and Back move through the steps and set each step’s state',
  { timeout: 20_000 },
  async () => {
    const { store } = renderStory(1)
    await screen.findByRole(
      'heading',
      { name: '1. Gradient descent uses only the current gradient' },
      { timeout: 8000 },
    )
    // The step's state is loaded by an effect after the first render.
    await waitFor(() => expect(store.getState().runs.map((r) => r.momentum)).toEqual([0]))
    fireEvent.click(screen.getByRole('button', { name: 'Next →' }))
    await screen.findByRole('heading', { name: '2. The zig-zag' })
    expect(store.getState().storyStep).toBe(2)
    fireEvent.click(screen.getByRole('button', { name: 'Step 7: Too little' }))
    await screen.findByRole('heading', { name: '7. Too little' })
    expect(store.getState().runs.map((r) => r.momentum)).toEqual([0, 0.1, 0.75])
    fireEvent.click(screen.getByRole('button', { name: '← Back' }))
    await screen.findByRole('heading', { name: '6. Too much' })
    expect(screen.getByText('Step 6 of 8')).toBeInTheDocument()
  },
)

test(
  'the Embed dialog offers this step alone and the whole story',
  { timeout: 20_000 },
  async () => {
    const { container } = renderStory(4)
    await screen.findByRole('heading', { name: '4. Faster' }, { timeout: 8000 })
    const details = container.querySelector('details.me-share-panel') as HTMLDetailsElement
    details.open = true
    fireEvent(details, new Event('toggle'))
    fireEvent.click(await screen.findByRole('button', { name: 'Embed' }, { timeout: 8000 }))
    const iframe = () =>
      (screen.getByRole('textbox', { name: /iframe/, hidden: true }) as HTMLTextAreaElement).value
    expect(
      screen.getByRole('radio', { name: 'This step of the story only', hidden: true }),
    ).toBeChecked()
    expect(iframe()).toMatch(/embed=1&amp;storystep=4/)
    fireEvent.click(screen.getByRole('radio', { name: 'The whole story', hidden: true }))
    await waitFor(() => expect(iframe()).toMatch(/\?embed=1&amp;story=4"/))
  },
)
