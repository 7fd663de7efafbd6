// @vitest-environment jsdom
// The story embedded (issue #22): a whole story or one step in <momentum-explorer>, and the
// Embed dialog's story snippets, which read back as the step they were made at.
import { waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { defineMomentumExplorer } from '../../src/embed/element'
import { defaultParams } from '../../src/state/params'
import { parseParams } from '../../src/state/urlParams'
import { storySnippets } from '../../src/state/urlSnippets'
import { placeElement as place } from '../fixtures/placeElement'

beforeAll(() => defineMomentumExplorer('https://example.org/explorer/'))
afterEach(() => document.body.replaceChildren())

const heading = (el: Element) => el.shadowRoot!.querySelector('.me-story-step h2')?.textContent

describe('<momentum-explorer> tells the story', () => {
  test('story="3": the whole story at step 3, in the step’s state, with its navigation', async () => {
    const el = place({ story: '3' })
    await waitFor(() => expect(heading(el)).toBe('3. The moving average'))
    expect(el.shadowRoot!.querySelector('nav[aria-label="Story steps"]')).not.toBeNull()
    expect(el.store!.getState().runs.map((r) => r.momentum)).toEqual([0, 0.75])
  })

  test('storystep="1" with controls="play": one step, no navigation, only Play of its controls', async () => {
    const el = place({ storystep: '1', controls: 'play,momentum' })
    await waitFor(() => expect(heading(el)).toBe('Gradient descent uses only the current gradient'))
    const root = el.shadowRoot!
    expect(root.querySelector('nav[aria-label="Story steps"]')).toBeNull()
    expect(root.querySelector('button')?.textContent).toBeTruthy()
    expect(root.querySelector('input[type="range"]')).toBeNull() // step 1 offers lr, not allowed here
    expect(el.store!.getState().runs.map((r) => r.momentum)).toEqual([0])
  })
})

describe('the Embed dialog’s story snippets', () => {
  const BASE = 'https://example.org/explorer/?story=4'
  const params = {
    ...defaultParams(),
    runs: [{ id: 'r1', momentum: 0.5, rule: 'heavy-ball' as const }],
  }
  const display = { embed: false, controls: null }

  test('this step only: the figure as it is, at storystep=4, in all three forms', () => {
    const { single } = storySnippets(params, display, 4, BASE)
    const src = single.iframe.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&')
    const parsed = parseParams(new URL(src).search)
    expect(parsed.display).toEqual({
      embed: true,
      controls: null,
      story: { step: 4, isSingle: true },
    })
    expect(parsed.params.runs.map((r) => r.momentum)).toEqual([0.5])
    expect(single.element).toContain(' storystep="4"')
    expect(single.react).toContain(' storystep={4}')
  })

  test('the whole story: story=4 with no state of its own, so the step’s state loads', () => {
    const { whole } = storySnippets(params, display, 4, BASE)
    expect(whole.iframe).toContain('src="https://example.org/explorer/?embed=1&amp;story=4"')
    expect(whole.element).toContain(' story="4"')
    expect(whole.element).not.toContain('0.5')
    expect(whole.react).toContain(' story={4}')
  })
})
