// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { expect, expectTypeOf, test } from 'vitest'
import { MomentumExplorer } from '../../src/embed/library'
import type * as published from '../../src/embed/libraryTypes'

const d = (container: HTMLElement, id: string) =>
  container.querySelector(`path[data-trajectory="${id}"]`)?.getAttribute('d')

test('the component matches the published declarations', () => {
  expectTypeOf(MomentumExplorer).parameters.toEqualTypeOf<
    Parameters<typeof published.MomentumExplorer>
  >()
})

test('changing a prop updates the figure', async () => {
  const { container, rerender } = render(<MomentumExplorer surface="ravine" runs="0,0.9" />)
  expect(container.querySelectorAll('path[data-trajectory]')).toHaveLength(2)
  const before = d(container, 'r2')
  rerender(<MomentumExplorer surface="ravine" runs="0,0.5" />)
  await waitFor(() => expect(d(container, 'r2')).not.toBe(before))
  rerender(<MomentumExplorer surface="ravine" runs="0,0.5,0.99" lr={0.01} />)
  await waitFor(() => expect(container.querySelectorAll('path[data-trajectory]')).toHaveLength(3))
})

test('a re-render with the same props keeps what the reader changed', () => {
  const { container, rerender } = render(<MomentumExplorer runs="0,0.9" controls="momentum" />)
  const before = d(container, 'r2')
  fireEvent.change(screen.getByRole('slider', { name: /Momentum β, run 2/ }), {
    target: { value: '0.5' },
  })
  const moved = d(container, 'r2')
  expect(moved).not.toBe(before)
  rerender(<MomentumExplorer runs="0,0.9" controls="momentum" />)
  expect(d(container, 'r2')).toBe(moved)
})

test('two figures are independent and share one stylesheet', () => {
  const { container } = render(
    <>
      <MomentumExplorer runs="0,0.9" controls="momentum" />
      <MomentumExplorer runs="0,0.9" controls="momentum" />
    </>,
  )
  const [a, b] = [...container.querySelectorAll('.me-embed')]
  const bBefore = d(b as HTMLElement, 'r2')
  fireEvent.change(screen.getAllByRole('slider', { name: /Momentum β, run 2/ })[0]!, {
    target: { value: '0.3' },
  })
  expect(d(a as HTMLElement, 'r2')).not.toBe(bBefore)
  expect(d(b as HTMLElement, 'r2')).toBe(bBefore)
  expect(document.querySelectorAll('style[data-href="momentum-explorer"]')).toHaveLength(1)
})

test('bad props become a notice, never a crash', () => {
  render(<MomentumExplorer runs="fast" steps="-1" />)
  expect(screen.getByRole('status', { name: /adjusted/ })).toHaveTextContent(/runs/)
})

/** Every plot label the container ever shows, in order: what a reader would have seen drawn. */
function watchPlots(container: HTMLElement): string[] {
  const seen: string[] = []
  const record = () => {
    for (const plot of container.querySelectorAll('[aria-roledescription="contour plot"]')) {
      const label = plot.getAttribute('aria-label') ?? ''
      if (seen.at(-1) !== label) seen.push(label)
    }
  }
  new MutationObserver(record).observe(container, {
    subtree: true,
    childList: true,
    attributes: true,
  })
  return seen
}

test.for([
  { props: { surface: 'logreg' }, drawn: /^Logistic regression with 2 runs/ },
  { props: { f: 'x^2 + 3*y^2' }, drawn: /^Custom with 2 runs/ },
])(
  '$props: that surface is drawn first, after a loading line, never a stand-in',
  async ({ props, drawn }) => {
    const host = document.createElement('div')
    document.body.append(host)
    const seen = watchPlots(host)
    render(<MomentumExplorer {...props} />, { container: host })
    expect(screen.getByRole('status')).toHaveTextContent('Loading the figure…')
    await waitFor(() => expect(seen.length).toBeGreaterThan(0), { timeout: 15_000 })
    expect(seen[0]).toMatch(drawn)
    expect(seen.join('\n')).not.toMatch(/Ravine/)
    expect(screen.queryByRole('status', { name: /adjusted/ })).toBeNull()
    expect(host.textContent).not.toMatch(/unknown|Loading the figure/)
  },
)
