// @vitest-environment jsdom
// The race played on load yields to the reader: a changed setting shows the whole path at once
// (so a drag right after load measures the drag, not the race); reduced motion never starts it.
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, test } from 'vitest'
import { ExplorerProvider } from '../../src/state/context'
import { defaultParams } from '../../src/state/params'
import { createExplorerStore } from '../../src/state/store'
import { usePlayOnLoad } from '../../src/ui/usePlayback'

const original = window.matchMedia
afterEach(() => {
  window.matchMedia = original
})
const prefersReduced = (matches: boolean) => {
  window.matchMedia = ((query: string) => ({
    matches: matches && query.includes('reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia
}

function open() {
  const store = createExplorerStore(defaultParams())
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ExplorerProvider store={store}>{children}</ExplorerProvider>
  )
  renderHook(() => usePlayOnLoad(), { wrapper })
  return store
}

describe('the race played on load', () => {
  test('starts from step 0', () => {
    prefersReduced(false)
    const s = open().getState()
    expect([s.isPlaying, s.playhead]).toEqual([true, 0])
  })

  test.each([
    ['a momentum', (st: ReturnType<typeof open>) => st.getState().setMomentum('r2', 0.5)],
    ['the learning rate', (st: ReturnType<typeof open>) => st.getState().setLr(0.01)],
    ['the start point', (st: ReturnType<typeof open>) => st.getState().setStart([-5, 2])],
  ])('stops and shows the whole path when %s changes', (_, change) => {
    prefersReduced(false)
    const store = open()
    act(() => store.getState().setPlayhead(40))
    act(() => change(store))
    expect([store.getState().isPlaying, store.getState().playhead]).toEqual([false, null])
  })

  test('under reduced motion it never starts', () => {
    prefersReduced(true)
    expect(open().getState().isPlaying).toBe(false)
  })
})
