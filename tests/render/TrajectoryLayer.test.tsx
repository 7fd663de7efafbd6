// @vitest-environment jsdom
import { render } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { getSurface, runTrajectory, type Surface } from '../../src/core'
import type { RunResult } from '../../src/state/hooks'
import { linePath } from '../../src/render/geometry'
import { makeScales } from '../../src/render/scales'
import { PIECE_STEPS, TrajectoryLayer } from '../../src/render/TrajectoryLayer'

const surface = getSurface('ravine') as Surface
const scales = makeScales(surface.domain, 640, 400)
const trajectory = runTrajectory(surface, {
  start: surface.defaultStart,
  lr: surface.suggestedLr,
  momentum: 0.9,
  steps: 300,
})
const result = {
  run: { id: 'r1', momentum: 0.9, rule: 'heavy-ball' },
  index: 1,
  label: 'Momentum 0.9',
  color: '#d55e00',
  marker: 'square',
  trajectory,
} as unknown as RunResult

const draw = (count: number | null) => (
  <svg>
    <TrajectoryLayer result={result} scales={scales} count={count} />
  </svg>
)
/** The vertices of a path string, in order. */
const vertices = (d: string) => d.split(/[ML]/).filter(Boolean)
const linesOf = (c: HTMLElement) =>
  [...c.querySelectorAll('path[fill="none"]')].map((p) => p.getAttribute('d') ?? '')

describe('TrajectoryLayer', () => {
  test('drawn whole: one labelled path through every drawable point', () => {
    const { container } = render(draw(null))
    const paths = container.querySelectorAll('path[data-trajectory="r1"]')
    expect(paths).toHaveLength(1)
    expect(paths[0]!.getAttribute('aria-label')).toBe('Momentum 0.9')
    expect(linesOf(container)).toEqual([linePath(trajectory.points, scales)])
  })

  test('while playing: frozen pieces and a growing end that together run from the start to the count', () => {
    const count = 3 * PIECE_STEPS + 5
    const { container } = render(draw(count))
    expect(container.querySelectorAll('path[data-trajectory]')).toHaveLength(1)
    const lines = linesOf(container)
    expect(lines).toHaveLength(4) // three frozen pieces, then the labelled end
    const start = linePath(trajectory.points, scales, 1)
    expect(vertices(lines[0]!)[0]).toBe(vertices(start)[0])
    // Each piece starts where the one before it ends: one unbroken line.
    for (let i = 1; i < lines.length; i++) {
      expect(vertices(lines[i]!)[0]).toBe(vertices(lines[i - 1]!).at(-1))
    }
    const end = linePath(trajectory.points, scales, count + 1, count)
    expect(vertices(lines.at(-1)!).at(-1)).toBe(vertices(end)[0])
  })

  test('a frame within a piece changes only the growing end; the frozen pieces keep their paths', () => {
    const { container, rerender } = render(draw(2 * PIECE_STEPS + 3))
    const frozen = [...container.querySelectorAll('path[aria-hidden="true"][fill="none"]')]
    const before = frozen.map((p) => p.getAttribute('d'))
    const head = container.querySelector('path[data-trajectory]')!.getAttribute('d')
    rerender(draw(2 * PIECE_STEPS + 9))
    const after = [...container.querySelectorAll('path[aria-hidden="true"][fill="none"]')]
    expect(after).toHaveLength(2)
    after.forEach((p, i) => {
      expect(p).toBe(frozen[i]) // the same element
      expect(p.getAttribute('d')).toBe(before[i])
    })
    expect(container.querySelector('path[data-trajectory]')!.getAttribute('d')).not.toBe(head)
  })

  test('at the end of playback the pieces give way to the whole path again', () => {
    const { container, rerender } = render(draw(PIECE_STEPS * 4))
    expect(linesOf(container).length).toBeGreaterThan(1)
    rerender(draw(null))
    expect(linesOf(container)).toEqual([linePath(trajectory.points, scales)])
  })
})
