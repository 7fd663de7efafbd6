import { render, screen, waitFor, within } from '@testing-library/react'
import { expect, vi } from 'vitest'
import { computeTuningMap, getSurface, type TuningMap } from '../../../src/core'
import { Figure } from '../../../src/ui/Figure'
import { ExplorerProvider } from '../../../src/state/context'
import { defaultParams, type Params } from '../../../src/state/params'
import { createExplorerStore } from '../../../src/state/store'
import { LearningRateSlider } from '../../../src/ui/LearningRateSlider'
import TuningMapPanel from '../../../src/ui/map/TuningMapPanel'
import { RunList } from '../../../src/ui/RunList'

export const ravine = getSurface('ravine')!
/** A small grid, so the map tests stay quick. */
export const grid = { lrCount: 24, momentumCount: 20 }
/** The same cells, computed directly by the core (start, rule and budget as the page's defaults). */
export const expectedMap = (): TuningMap =>
  computeTuningMap(ravine, { start: [-8, 1], rule: 'heavy-ball', steps: 600, ...grid })

export const panel = () => screen.getByRole('region', { name: 'Tuning map' })
export const theMap = () => screen.getByRole('application', { name: /tuning map/i })
export const status = () => within(panel()).getByRole('status')

/** One cell the fake canvas context was given (a pixel), with its fill. */
export interface Fill {
  readonly fillStyle: string
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/**
 * jsdom has no canvas: a 2D context stand-in that records the cells' fills, so tests can check
 * what the map drew. The map puts one image, a pixel a cell; the returned fills are the pixels of
 * the latest one, one fill each.
 */
export function fakeCanvas(): { fills: Fill[] } {
  const record = { fills: [] as Fill[] }
  const ctx = {
    createImageData: (width: number, height: number) => ({
      width,
      height,
      data: new Uint8ClampedArray(width * height * 4),
    }),
    putImageData({ width, data }: ImageData) {
      record.fills = []
      for (let i = 0; i < data.length; i += 4) {
        const hex = [...data.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0'))
        const pixel = i / 4
        const [x, y] = [pixel % width, Math.floor(pixel / width)]
        record.fills.push({ fillStyle: `#${hex.join('')}`, x, y, w: 1, h: 1 })
      }
    },
  }
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => ctx as unknown as CanvasRenderingContext2D,
  )
  return record
}

/** The figure, the sliders and the map panel (a small grid) on their own store. */
export function renderMap(
  overrides: Partial<Params> = {},
  /** The grid size; none gives the page's default. */
  grid?: { lrCount: number; momentumCount: number },
) {
  const store = createExplorerStore({ ...defaultParams(overrides.surface), ...overrides })
  const utils = render(
    <ExplorerProvider store={store}>
      <Figure />
      <LearningRateSlider />
      <RunList />
      <TuningMapPanel {...grid} />
    </ExplorerProvider>,
  )
  return { store, ...utils }
}

/** Waits until the map's progress bar reads 100 % (polling a cheap selector: getByRole is slow). */
export async function mapReady(timeout = 10_000) {
  await waitFor(
    () =>
      expect(document.querySelector('[role="progressbar"][aria-valuenow="100"]')).not.toBeNull(),
    { timeout },
  )
  expect(screen.getByRole('progressbar', { name: /tuning map/i })).toHaveAttribute(
    'aria-valuenow',
    '100',
  )
}
