// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { momentumToPosition } from '../../src/ui/momentumScale'
import { pathOf, renderExplorer } from '../fixtures/renderExplorer'

const slider = () => screen.getAllByRole('slider', { name: /^Momentum/ })[1]! as HTMLInputElement

/** The attributes written on an element while `act` runs (MutationObserver records). */
async function attributesWritten(el: Element, act: () => void): Promise<string[]> {
  const seen: string[] = []
  const observer = new MutationObserver((records) => {
    for (const r of records) if (r.attributeName) seen.push(r.attributeName)
  })
  observer.observe(el, { attributes: true })
  act()
  await Promise.resolve() // records are delivered in a microtask
  seen.push(...observer.takeRecords().flatMap((r) => (r.attributeName ? [r.attributeName] : [])))
  observer.disconnect()
  return seen
}

test('a drag step (an input event) is a live step: drawn at once, with no attribute rewritten by React', async () => {
  const { container, store } = renderExplorer()
  const before = pathOf(container, 'r2')
  const el = slider()
  const written = await attributesWritten(el, () => {
    fireEvent.input(el, { target: { value: String(momentumToPosition(0.5)) } })
  })
  expect(store.getState().runs[1]!.momentum).toBe(0.5)
  expect(pathOf(container, 'r2')).not.toBe(before)
  expect(el).toHaveAttribute('aria-valuetext', 'β = 0.5')
  // React's change handling writes name and type again after each event it sees.
  expect(written).not.toContain('type')
  expect(written).not.toContain('name')
})

test('the change that ends a drag still reaches the store', () => {
  const { store } = renderExplorer()
  fireEvent.change(slider(), { target: { value: String(momentumToPosition(0.7)) } })
  expect(store.getState().runs[1]!.momentum).toBe(0.7)
})
