// @vitest-environment jsdom
import { render } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { getSurface, type Surface } from '../../src/core'
import type { ContourSet } from '../../src/render/contours'
import { Plot } from '../../src/render/Plot'
import { makeScales } from '../../src/render/scales'
import { ExplorerProvider } from '../../src/state/context'
import { makeRunDeriver } from '../../src/state/deriver'
import { defaultParams } from '../../src/state/params'
import { createExplorerStore } from '../../src/state/store'

const surface = getSurface('ravine') as Surface
const scales = makeScales(surface.domain, 640, 400)
const results = makeRunDeriver()({ surface, lr: 0.018, start: [-8, 1], steps: 100 }, [
  { id: 'gd', momentum: 0, rule: 'heavy-ball' },
  { id: 'm', momentum: 0.9, rule: 'heavy-ball' },
])

function drawPlot(playhead: number | null) {
  return render(
    <ExplorerProvider store={createExplorerStore(defaultParams('ravine'))}>
      <Plot
        surface={surface}
        results={results}
        scales={scales}
        contours={
          {
            bands: [],
            thresholds: [],
            color: () => '#fff',
            undefinedFraction: 0,
            undefinedPath: '',
          } as ContourSet
        }
        start={[-8, 1]}
        lr={0.018}
        playhead={playhead}
        cursor={null}
        label="Ravine"
        onMoveStart={() => {}}
      />
    </ExplorerProvider>,
  )
}

describe('overlapping runs and the start', () => {
  test('the first run is drawn wider, so a run on top of it leaves it showing', () => {
    const { container } = drawPlot(null)
    const width = (id: string) =>
      Number(container.querySelector(`path[data-trajectory="${id}"]`)?.getAttribute('stroke-width'))
    expect(width('gd')).toBeGreaterThan(width('m') + 1)
  })

  test('the start is drawn after every run and its marker, as a ring the markers show through', () => {
    const { container } = drawPlot(0) // at step 0 every run's marker sits on the start
    const plot = container.querySelector('svg.me-plot') as SVGSVGElement
    const start = plot.querySelector('.me-start') as Element
    expect(plot.lastElementChild).toBe(start)
    expect(start.getAttribute('fill')).toBe('none')
  })
})
