// @vitest-environment jsdom
import { act, fireEvent, render } from '@testing-library/react'
import { useRef, useState } from 'react'
import { afterEach, expect, test, vi } from 'vitest'
import { useLiveAttribute } from '../../src/render/useLiveAttribute'
import { ExplorerProvider, useExplorer } from '../../src/state/context'
import { QUIET_MS, scheduleOf } from '../../src/state/schedule'
import type { ExplorerState } from '../../src/state/store'
import { makeTwoRunStore } from '../fixtures/twoRunStore'

afterEach(() => vi.useRealTimers())

const momentumOf = (s: ExplorerState) => String(s.runs[1]!.momentum)

/** React renders b's momentum in a title and a text; both follow live steps. */
function Momentum() {
  const rendered = useExplorer(momentumOf)
  const title = useRef<HTMLParagraphElement>(null)
  const text = useRef<HTMLSpanElement>(null)
  useLiveAttribute(title, 'title', ({ state }) => momentumOf(state))
  useLiveAttribute(text, '#text', ({ state }) => momentumOf(state))
  return (
    <p ref={title} title={rendered}>
      <span ref={text}>{rendered}</span>
    </p>
  )
}

test('a live step is written at once; React, rendering it later, finds it in place', () => {
  vi.useFakeTimers()
  const store = makeTwoRunStore()
  const { container } = render(
    <ExplorerProvider store={store}>
      <Momentum />
    </ExplorerProvider>,
  )
  const p = container.querySelector('p')!
  const span = container.querySelector('span')!
  const node = span.firstChild
  expect(p.title).toBe('0.9')
  act(() => scheduleOf(store).live(() => store.getState().setMomentum('b', 0.5)))
  expect([p.title, span.textContent]).toEqual(['0.5', '0.5'])
  act(() => void vi.advanceTimersByTime(QUIET_MS))
  expect([p.title, span.textContent]).toEqual(['0.5', '0.5'])
  expect(span.firstChild).toBe(node) // the same text node: React still holds it
  // A change outside a live step: React writes it, and the text node follows.
  act(() => store.getState().setMomentum('b', 0.7))
  expect([p.title, span.textContent]).toEqual(['0.7', '0.7'])
})

test('a render of an older state never puts back what a live step drew', () => {
  vi.useFakeTimers()
  const store = makeTwoRunStore()
  /** Renders whatever value it is given, as a render of a state older than the live one would. */
  function Stale() {
    const [value, setValue] = useState('0.9')
    const el = useRef<HTMLParagraphElement>(null)
    useLiveAttribute(el, 'title', ({ state }) => momentumOf(state))
    return (
      <p ref={el} title={value}>
        <button onClick={() => setValue('0.6')}>older</button>
      </p>
    )
  }
  const { container, getByRole } = render(
    <ExplorerProvider store={store}>
      <Stale />
    </ExplorerProvider>,
  )
  const p = container.querySelector('p')!
  act(() => scheduleOf(store).live(() => store.getState().setMomentum('b', 0.5)))
  expect(p.title).toBe('0.5')
  fireEvent.click(getByRole('button')) // React writes 0.6; its layout effect puts 0.5 back
  expect(p.title).toBe('0.5')
})

test('outside a figure it writes nothing', () => {
  function Alone() {
    const el = useRef<HTMLParagraphElement>(null)
    useLiveAttribute(el, 'title', () => 'live')
    return <p ref={el} title="react" />
  }
  const { container } = render(<Alone />)
  expect(container.querySelector('p')!.title).toBe('react')
})
