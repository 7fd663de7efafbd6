// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { nearestRow } from '../../../src/core'
import { DEFAULT_MOMENTUM } from '../../../src/state/params'
import { viridis } from '../../../src/ui/map/mapColors'
import { pathOf } from '../../fixtures/renderExplorer'
import {
  expectedMap,
  fakeCanvas,
  grid,
  mapReady,
  panel,
  renderMap,
  status,
  theMap,
} from './renderMap'

const lrSlider = () => screen.getByRole('slider', { name: 'Learning rate' })
const momentumSlider = (n: number) => screen.getByRole('slider', { name: `Momentum β, run ${n}` })

let canvas: ReturnType<typeof fakeCanvas>
beforeEach(() => {
  canvas = fakeCanvas()
})
afterEach(() => vi.restoreAllMocks())

describe('the tuning map panel', () => {
  test('computes with progress, then draws every cell and its legend', async () => {
    renderMap({}, { lrCount: 23, momentumCount: 19 }) // a size no other test uses: never cached
    const bar = screen.getByRole('progressbar', { name: /tuning map/i })
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeLessThan(100)
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument()
    await mapReady()
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument()
    expect(canvas.fills).toHaveLength(23 * 19)
    const legend = screen.getByRole('group', { name: 'Map legend' })
    expect(legend).toHaveTextContent(/Steps to converge/)
    expect(legend).toHaveTextContent(/not converged within 600 steps/)
    expect(legend).toHaveTextContent(/diverged/)
    expect(theMap()).toHaveAccessibleDescription(/arrow keys move the cursor/)
  })

  test('the fills follow the core’s cells: diverged white, fastest brightest', async () => {
    renderMap({}, grid)
    await mapReady()
    const expected = expectedMap()
    const diverged = expected.status.filter((s) => s === 3).length
    expect(diverged).toBeGreaterThan(0)
    expect(canvas.fills.filter((f) => f.fillStyle === '#ffffff')).toHaveLength(diverged)
    const fewest = Math.min(...[...expected.convergedAt].filter((k) => k >= 0))
    const fastest = [...expected.convergedAt].filter((k) => k === fewest).length
    expect(canvas.fills.filter((f) => f.fillStyle === viridis(1))).toHaveLength(fastest)
  })

  test('every diverged cell, and only those, carries the hatch: colour is not the only cue', async () => {
    renderMap({}, grid)
    await mapReady()
    const diverged = expectedMap().status.filter((s) => s === 3).length
    const hatch = theMap().querySelector('[data-cells="diverged"]')?.getAttribute('d') ?? ''
    expect(hatch.match(/M/g)).toHaveLength(diverged)
  })

  test('the default map is at least 60 × 60, and a second visit is served from the cache', async () => {
    const first = renderMap()
    expect(Number(theMap().getAttribute('data-rows'))).toBeGreaterThanOrEqual(60)
    expect(Number(theMap().getAttribute('data-cols'))).toBeGreaterThanOrEqual(60)
    await mapReady(40_000)
    first.unmount()
    renderMap()
    // Same inputs: complete in the very first render, without a computing phase.
    expect(screen.getByRole('progressbar', { name: /tuning map/i })).toHaveAttribute(
      'aria-valuenow',
      '100',
    )
    expect(panel()).toHaveAttribute('data-state', 'ready')
  }, 60_000)

  test('keyboard: arrows move the cursor, Enter sets the run’s momentum and the shared lr', async () => {
    const { store, container } = renderMap({}, grid)
    await mapReady()
    const map = expectedMap()
    const before = pathOf(container, 'r2')
    const momentumBefore = momentumSlider(2).getAttribute('aria-valuetext')
    const lrBefore = lrSlider().getAttribute('aria-valuetext')
    theMap().focus()
    // The cursor starts on run 2's cell (the default β); Home goes to the first column, PageDown a page
    // of rows (20 / 6 → 3) down, then two steps right.
    for (const key of ['Home', 'PageDown', 'ArrowRight', 'ArrowRight'])
      fireEvent.keyDown(theMap(), { key })
    expect(container.querySelector('.me-map-cursor')).not.toBeNull()
    expect(status()).toHaveTextContent(/^α = .*, β = .*: (converged in|not converged|diverged)/)
    fireEvent.keyDown(theMap(), { key: 'Enter' })
    const s = store.getState()
    const row = nearestRow(map, DEFAULT_MOMENTUM) - 3
    expect(s.lr).toBeCloseTo(map.lrs[2]!, 6)
    expect(s.runs[1]!.momentum).toBeCloseTo(map.momenta[row]!, 4)
    expect(s.runs[0]!.momentum).toBe(0) // only the selected run's momentum moves
    expect(momentumSlider(2).getAttribute('aria-valuetext')).not.toBe(momentumBefore)
    expect(lrSlider().getAttribute('aria-valuetext')).not.toBe(lrBefore)
    expect(pathOf(container, 'r2')).not.toBe(before)
    expect(status()).toHaveTextContent(/^Run 2 now uses α = /)
  })
})
