// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { stubResizeObserver } from '../fixtures/resizeObserver'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.resetModules()
})

/** A stand-in ResizeObserver whose reports the test makes (the hook reads it when loaded). */
function stubObserver() {
  const observers = stubResizeObserver()
  return { report: () => act(() => observers.forEach((cb) => cb([], {} as ResizeObserver))) }
}

/** A chart that shows what the hook gives it. */
async function renderProbe() {
  const { useChartWidth } = await import('../../src/render/useChartWidth')
  function Probe() {
    const [ref, width] = useChartWidth<HTMLDivElement>(640)
    return (
      <div ref={ref} data-testid="chart">
        {String(width)}
      </div>
    )
  }
  return render(<Probe />)
}

test('the width comes from the observer, and nothing is measured in the commit', async () => {
  const observer = stubObserver()
  const box = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect')
  await renderProbe()
  const chart = screen.getByTestId('chart')
  expect(chart).toHaveTextContent('null')
  // Measuring during the commit would lay the whole page out there.
  expect(box).not.toHaveBeenCalled()
  box.mockReturnValue({ width: 412.4 } as DOMRect)
  observer.report()
  expect(chart).toHaveTextContent('412')
})

test('without a ResizeObserver (jsdom) the fallback width is drawn at once', async () => {
  vi.stubGlobal('ResizeObserver', undefined)
  await renderProbe()
  expect(screen.getByTestId('chart')).toHaveTextContent('640')
})

test('the loss chart draws no text at a guessed width: an empty box of its height, then the chart', async () => {
  const observer = stubObserver()
  const { ExplorerProvider } = await import('../../src/state/context')
  const { defaultParams } = await import('../../src/state/params')
  const { createExplorerStore } = await import('../../src/state/store')
  const { LossChart } = await import('../../src/ui/LossChart')
  const store = createExplorerStore(defaultParams('ravine'))
  const { container } = render(
    <ExplorerProvider store={store}>
      <LossChart />
    </ExplorerProvider>,
  )
  const svg = container.querySelector('svg') as SVGSVGElement
  expect(svg.querySelectorAll('text, path')).toHaveLength(0)
  expect(svg.style.height).toBe('180px')
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({ width: 335 } as DOMRect)
  observer.report()
  expect(svg.getAttribute('viewBox')).toBe('0 0 335 180')
  expect(svg.style.height).toBe('')
  expect(svg.querySelectorAll('text').length).toBeGreaterThan(3)
  expect(svg.querySelectorAll('path').length).toBeGreaterThan(1)
})
