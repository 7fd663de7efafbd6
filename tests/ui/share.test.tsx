// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { parseParams } from '../../src/state/urlParams'
import { renderExplorer } from '../fixtures/renderExplorer'

async function openSharePanel(container: HTMLElement) {
  const details = container.querySelector('details.me-share-panel') as HTMLDetailsElement
  details.open = true
  fireEvent(details, new Event('toggle'))
  await screen.findByRole('button', { name: 'Share' }, { timeout: 5000 })
}

// The first test pays for loading the Share panel's lazy chunk, over 5 s on a busy machine.
describe('share, embed and download', { timeout: 20_000 }, () => {
  test('Share copies a link that reproduces the current state', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { container, store } = renderExplorer()
    store.getState().setMomentum('r2', 0.95)
    await openSharePanel(container)
    fireEvent.click(screen.getByRole('button', { name: 'Share' }))
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1))
    const url = new URL(writeText.mock.calls[0]![0] as string)
    expect(parseParams(url.search).params.runs.map((r) => r.momentum)).toEqual([0, 0.95])
    expect(await screen.findByText('Link copied.')).toBeInTheDocument()
  })

  test('Embed shows the iframe, custom-element and React snippets for the current state', async () => {
    const { container, store } = renderExplorer()
    store.getState().setMomentum('r2', 0.5)
    await openSharePanel(container)
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }))
    // jsdom has no modal dialogs, so the (real-browser) open dialog is checked in e2e; here its text.
    const iframe = screen.getByRole('textbox', {
      name: /iframe/,
      hidden: true,
    }) as HTMLTextAreaElement
    expect(iframe.value).toMatch(/<iframe src="[^"]*runs=0,0\.5[^"]*embed=1/)
    expect(
      (screen.getByRole('textbox', { name: /custom element/, hidden: true }) as HTMLTextAreaElement)
        .value,
    ).toMatch(/<momentum-explorer [^>]*runs="0,0\.5"/)
    expect(
      (screen.getByRole('textbox', { name: /React/, hidden: true }) as HTMLTextAreaElement).value,
    ).toMatch(/import \{ MomentumExplorer \} from 'momentum-explorer'/)
  })

  test('CSV download saves the trajectories of every run', async () => {
    const saved: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      saved.push(b as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { container } = renderExplorer({ steps: 10 })
    await openSharePanel(container)
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }))
    expect(click).toHaveBeenCalledTimes(1)
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.readAsText(saved[0]!)
    })
    // The line that says what an empty cell means, the header, then 11 rows for each of 2 runs.
    const lines = text.trim().split('\n')
    expect(lines[0]).toMatch(/^# An empty cell is not a finite number/)
    expect(lines[1]).toBe('run,label,rule,momentum,step,x,y,loss')
    expect(lines).toHaveLength(2 + 2 * 11)
    vi.restoreAllMocks()
  })

  test('JSON download saves the state and runs as they are when the button is pressed', async () => {
    const saved: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      saved.push(b as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { container, store } = renderExplorer({ steps: 10 })
    await openSharePanel(container)
    store.getState().setMomentum('r2', 0.7)
    store.getState().setLr(0.01)
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }))
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.readAsText(saved[0]!)
    })
    const json = JSON.parse(text) as { lr: number; steps: number; runs: { momentum: number }[] }
    expect(json.lr).toBe(0.01)
    expect(json.steps).toBe(10)
    expect(json.runs.map((r) => r.momentum)).toEqual([0, 0.7])
    vi.restoreAllMocks()
  })
})
