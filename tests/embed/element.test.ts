// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { waitFor } from '@testing-library/react'
import { afterEach, beforeAll, expect, test } from 'vitest'
import { defineMomentumExplorer, readAttributes } from '../../src/embed/element'
import { forShadow, SHADOW_CSS } from '../../src/embed/shadowStyles'
import { placeElement as place } from '../fixtures/placeElement'

beforeAll(() => defineMomentumExplorer('https://example.org/explorer/'))
afterEach(() => document.body.replaceChildren())

const paths = (el: Element) => [...el.shadowRoot!.querySelectorAll('path[data-trajectory]')]

test('renders the attributes’ state inside an open shadow root, not in the page', async () => {
  const el = place({ surface: 'ravine', runs: '0,0.9,0.5', lr: '0.02' })
  await waitFor(() => expect(paths(el)).toHaveLength(3))
  expect(document.querySelectorAll('path').length).toBe(0) // nothing leaked into the light DOM
  expect(el.store!.getState().lr).toBe(0.02)
  expect(el.store!.getState().runs.map((r) => r.momentum)).toEqual([0, 0.9, 0.5])
})

test('a model surface says it is loading, then draws that surface, never a stand-in', async () => {
  const el = place({ surface: 'logreg', runs: '0,0.9' })
  // React renders in a task of its own: the line is there before the model's code arrives.
  await waitFor(
    () =>
      expect(el.shadowRoot!.querySelector('[role="status"]')).toHaveTextContent(
        'Loading the figure…',
      ),
    { interval: 1 },
  )
  expect(paths(el)).toHaveLength(0)
  await waitFor(() => expect(paths(el)).toHaveLength(2), { timeout: 15_000 })
  expect(el.shadowRoot!.textContent).not.toContain('Loading the figure')
  expect(el.shadowRoot!.textContent).not.toMatch(/unknown/)
  expect(el.store!.getState().surface).toBe('logreg')
}, 20_000)

test('only URL parameters count as parameters: class and id are the page’s', async () => {
  const el = place({ class: 'wide', id: 'fig', runs: '0.5' })
  expect(readAttributes(el)).toEqual({ runs: '0.5' })
  await waitFor(() => expect(paths(el)).toHaveLength(1))
  expect(el.shadowRoot!.querySelector('[role="status"]')).toBeNull()
})

test('an attribute change reloads the figure; several changes in one task count once', async () => {
  const el = place({ surface: 'ravine', runs: '0,0.9' })
  await waitFor(() => expect(paths(el)).toHaveLength(2))
  const store = el.store!
  let updates = 0
  store.subscribe(() => updates++)
  el.setAttribute('runs', '0,0.5,0.99')
  el.setAttribute('lr', '0.01')
  await waitFor(() => expect(paths(el)).toHaveLength(3))
  expect(store.getState().lr).toBe(0.01)
  expect(updates).toBe(1)
})

test('a change to controls alone keeps what the reader did', async () => {
  const el = place({ runs: '0,0.9', controls: 'momentum' })
  el.store!.getState().setMomentum('r2', 0.5)
  el.setAttribute('controls', 'momentum,lr')
  await waitFor(() =>
    expect(el.shadowRoot!.querySelector('input[aria-label="Learning rate"]')).not.toBeNull(),
  )
  expect(el.store!.getState().runs[1]!.momentum).toBe(0.5)
})

test('bad attributes show a notice naming them, and the figure still draws', async () => {
  const el = place({ runs: 'fast', lr: '-3' })
  await waitFor(() => expect(paths(el).length).toBeGreaterThan(0))
  const notice = el.shadowRoot!.querySelector('[role="status"]')
  expect(notice?.textContent).toMatch(/runs/)
  expect(notice?.textContent).toMatch(/lr/)
})

test('two elements have two stores', () => {
  const a = place({ runs: '0,0.9' })
  const b = place({ runs: '0,0.9' })
  a.store!.getState().setMomentum('r2', 0.3)
  expect(b.store!.getState().runs[1]!.momentum).toBe(0.9)
})

test('removing the element unmounts its figure; putting it back renders it again', async () => {
  const el = place({ runs: '0,0.9' })
  await waitFor(() => expect(paths(el)).toHaveLength(2))
  el.remove()
  expect(paths(el)).toHaveLength(0) // unmount is synchronous
  document.body.append(el)
  await waitFor(() => expect(paths(el)).toHaveLength(2))
})

test('the full-page link points at the site with the current state', async () => {
  const el = place({ surface: 'ravine', runs: '0,0.9' })
  await waitFor(() => expect(paths(el)).toHaveLength(2))
  el.store!.getState().setMomentum('r2', 0.5)
  const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.me-open-full')!
  link.focus() // the link refreshes its href on focus and hover
  expect(link.href.startsWith('https://example.org/explorer/?')).toBe(true)
  expect(new URL(link.href).searchParams.get('runs')).toBe('0,0.5')
})

test('the shadow stylesheet sets only :host and me- classes, never a bare element', () => {
  // Vitest stubs CSS imports, so read the page's stylesheet itself next to the host rules.
  expect(SHADOW_CSS).toMatch(/^:host\{all:initial;display:block!important;/)
  const css =
    SHADOW_CSS + readFileSync(resolve(import.meta.dirname, '../../src/ui/styles.css'), 'utf8')
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/[^{}]+(?=\{)/g) ?? []
  const selectors = rules
    .flatMap((r) => r.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('@'))
  expect(selectors.length).toBeGreaterThan(20)
  expect(selectors.filter((s) => !/^(:host|\.me-)/.test(s))).toEqual([])
})

test('shadow styles size text from the element’s own base, never the host page’s rem', () => {
  const page = readFileSync(resolve(import.meta.dirname, '../../src/ui/styles.css'), 'utf8')
  expect(page).toMatch(/\d rem|\drem/) // the page itself uses rem: the transform has work to do
  const shadow = forShadow(page)
  expect(shadow).not.toMatch(/\drem\b/)
  expect(shadow).not.toMatch(/font-size:\s*[\d.]+px/)
  expect(forShadow('.me-h{font-size:1.6rem;max-width:60rem}')).toBe(
    '.me-h{font-size:calc(1.6 * var(--me-base));max-width:calc(60 * var(--me-base))}',
  )
  expect(forShadow('.me-app{font-size: 15px; padding: 12px}')).toBe(
    '.me-app{font-size: calc(15 / 16 * var(--me-base)); padding: 12px}',
  )
  expect(SHADOW_CSS).toContain('--me-base:var(--momentum-explorer-font-size,16px)!important')
})
