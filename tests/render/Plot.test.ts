import { describe, expect, test } from 'vitest'
import { getSurface } from '../../src/core'
import { layersOf } from '../../src/render/Plot'
import { makeRunDeriver } from '../../src/state/deriver'

const results = makeRunDeriver()(
  { surface: getSurface('ravine')!, lr: 0.018, start: [-8, 1], steps: 20 },
  [
    { id: 'r1', momentum: 0, rule: 'heavy-ball' },
    { id: 'r2', momentum: 0.9, rule: 'heavy-ball' },
    { id: 'r3', momentum: 0.5, rule: 'heavy-ball' },
  ],
)
const ids = (rs: readonly { run: { id: string } }[]) => rs.map((r) => r.run.id)

describe('which runs the plot draws under the focused one', () => {
  test('a focused run alone is on top; the others are under it, in their order', () => {
    const { under, top } = layersOf(results, 'r2', null)
    expect(ids(top)).toEqual(['r2'])
    expect(ids(under)).toEqual(['r1', 'r3'])
  })

  test('nothing focused, a run not on this plot, or playback: every run is on top', () => {
    for (const [focused, playhead] of [
      [null, null],
      ['r9', null],
      ['r2', 5],
    ] as const) {
      const { under, top } = layersOf(results, focused, playhead)
      expect(under).toEqual([])
      expect(ids(top)).toEqual(['r1', 'r2', 'r3'])
    }
  })

  test('a plot of one run (side by side) has nothing to put under it', () => {
    expect(layersOf(results.slice(1, 2), 'r2', null)).toEqual({
      under: [],
      top: results.slice(1, 2),
    })
  })
})
