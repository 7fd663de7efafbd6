// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { stubResizeObserver } from '../fixtures/resizeObserver'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.resetModules()
})

/** A chart that shows the width the hook gives it. */
async function renderProbe() {
  const { useChartWidth } = await import('../../src/render/useChartWidth')
  function Probe() {
    const [ref, width, style] = useChartWidth<HTMLDivElement>(640)
    return (
      <div ref={ref} style={style} data-testid="chart">
        {width}
      </div>
    )
  }
  return render(<Probe />)
}

test('the chart stays hidden at the fallback width until the observer reports its box', async () => {
  const observers = stubResizeObserver()
  const box = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect')
  await renderProbe()
  const chart = screen.getByTestId('chart')
  expect(chart).toHaveTextContent('640')
  expect(chart.style.visibility).toBe('hidden')
  // Nothing was measured during the commit: that would force the page's layout there.
  expect(box).not.toHaveBeenCalled()
  box.mockReturnValue({ width: 412.4 } as DOMRect)
  act(() => observers[0]!([], {} as ResizeObserver))
  expect(chart).toHaveTextContent('412')
  expect(chart.style.visibility).toBe('')
})

test('without a ResizeObserver the chart is measured once and shown', async () => {
  vi.stubGlobal('ResizeObserver', undefined)
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width: 300,
  } as DOMRect)
  await renderProbe()
  const chart = screen.getByTestId('chart')
  expect(chart).toHaveTextContent('300')
  expect(chart.style.visibility).toBe('')
})
