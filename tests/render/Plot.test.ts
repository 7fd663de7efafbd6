import { describe, expect, test } from 'vitest'
import { getSurface } from '../../src/core'
import { apart } from '../../src/render/Plot'
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

describe('which runs the plot draws apart', () => {
  test('a held run alone is live; the others are still, in their order', () => {
    const { still, live } = apart(results, 'r2', null)
    expect(ids(live)).toEqual(['r2'])
    expect(ids(still)).toEqual(['r1', 'r3'])
  })

  test('nothing held, a run not on this plot, or playback: every run is live', () => {
    for (const [held, playhead] of [
      [null, null],
      ['r9', null],
      ['r2', 5],
    ] as const) {
      const { still, live } = apart(results, held, playhead)
      expect(still).toEqual([])
      expect(ids(live)).toEqual(['r1', 'r2', 'r3'])
    }
  })

  test('a plot of one run (side by side) has nothing to keep apart', () => {
    expect(apart(results.slice(1, 2), 'r2', null)).toEqual({ still: [], live: results.slice(1, 2) })
  })
})
