// @vitest-environment jsdom
// The digits page with the real job on the main thread (jsdom has no Worker), on a short run.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { DIGITS_DEFAULTS } from '../../../src/ui/network/digitsParams'
import DigitsPage from '../../../src/ui/network/DigitsPage'
import { createNetworkClient } from '../../../src/workers/networkClient'
import { digitBytes } from '../../fixtures/digits'

// Real training runs: slow when the machine is shared, so more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 })

const bytes = digitBytes()
const deps = {
  loadBytes: () => Promise.resolve(bytes),
  train: createNetworkClient({ createWorker: () => null }),
  sides: { coarse: 3, refined: 4 },
  debounceMs: 0,
}
const initial = { ...DIGITS_DEFAULTS, epochs: 2, batch: 256 }

test('trains, then shows both paths, both charts and the sentences; a slider retrains', async () => {
  const queries: string[] = []
  const { container } = render(
    <DigitsPage initial={initial} deps={deps} onParams={(q) => queries.push(q)} />,
  )
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Trained\.$/), {
    timeout: 30_000,
  })
  const paths = container.querySelectorAll('path[data-trajectory]')
  expect(Array.from(paths, (p) => p.getAttribute('aria-label'))).toEqual([
    'Gradient descent',
    'Momentum 0.9',
  ])
  expect(Array.from(paths).every((p) => /^M[\d.,ML-]+$/.test(p.getAttribute('d') ?? ''))).toBe(true)
  const panel = screen.getByRole('region', { name: 'Training curves' })
  expect(within(panel).getByRole('figure', { name: /training loss/i })).toBeInTheDocument()
  expect(within(panel).getByRole('figure', { name: /test accuracy/i })).toBeInTheDocument()
  expect(within(panel).getByText(/^After 2 epochs, /)).toBeInTheDocument()
  expect(screen.getByText(/distances off the plane are not shown/)).toBeInTheDocument()
  expect(container.innerHTML).not.toMatch(/NaN|Infinity/)
  expect(queries.at(-1)).toBe('?surface=digits&runs=0,0.9&steps=2&batch=256')

  fireEvent.change(screen.getByRole('slider', { name: /^Momentum β, run 2/ }), {
    target: { value: '0.5' },
  })
  await waitFor(
    () => expect(screen.getByText(/Momentum 0\.5 reached|momentum 0\.5 /)).toBeInTheDocument(),
    {
      timeout: 30_000,
    },
  )
  expect(queries.at(-1)).toBe('?surface=digits&runs=0,0.5&steps=2&batch=256')
}, 60_000)

test('a failed data load says so instead of training', async () => {
  render(
    <DigitsPage
      initial={initial}
      deps={{ ...deps, loadBytes: () => Promise.reject(new Error('HTTP 404')) }}
    />,
  )
  await waitFor(() =>
    expect(screen.getByRole('status')).toHaveTextContent('Training failed: HTTP 404'),
  )
  expect(document.querySelector('path[data-trajectory]')).toBeNull()
})
