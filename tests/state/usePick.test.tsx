// @vitest-environment jsdom
// useExplorerPick: the named fields of the figure's state, re-rendering only when one of them changes.
import { act, render, screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ExplorerProvider } from '../../src/state/context'
import { defaultParams } from '../../src/state/params'
import { createExplorerStore } from '../../src/state/store'
import { useExplorerPick } from '../../src/state/usePick'

test('a component re-renders when a picked field changes, not when another one does', async () => {
  const store = createExplorerStore(defaultParams())
  let renders = 0
  function Steps() {
    const { steps, setSteps } = useExplorerPick('steps', 'setSteps')
    renders++
    return <output aria-label="steps">{`${steps} ${typeof setSteps}`}</output>
  }
  render(
    <ExplorerProvider store={store}>
      <Steps />
    </ExplorerProvider>,
  )
  const steps = store.getState().steps
  expect(screen.getByRole('status', { name: 'steps' })).toHaveTextContent(`${steps} function`)
  act(() => store.getState().setLayout(store.getState().layout === 'split' ? 'overlay' : 'split'))
  act(() => store.getState().setSteps(steps + 50))
  await waitFor(() =>
    expect(screen.getByRole('status', { name: 'steps' })).toHaveTextContent(`${steps + 50}`),
  )
  expect(renders).toBe(2)
})
