// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { getSurface, runTrajectory, type Surface, type Vec2 } from '../../src/core'
import type { RunResult } from '../../src/state/hooks'
import { exitPoint, PlotOverlay } from '../../src/render/PlotOverlay'
import { makeScales } from '../../src/render/scales'
import { drawnPoints, TrajectoryLayer } from '../../src/render/TrajectoryLayer'

const surface = getSurface('ravine') as Surface
const scales = makeScales(surface.domain, 640, 400)
// Past GD's stability limit on the ravine (2 / 100): GD's across-valley swing grows until it diverges.
const resultOf = (momentum: number, lr: number) =>
  ({
    run: { id: `m${momentum}`, momentum, rule: 'heavy-ball' },
    label: momentum === 0 ? 'Gradient descent' : `Momentum ${momentum}`,
    color: '#0072b2',
    marker: 'circle',
    trajectory: runTrajectory(surface, { start: [-8, 1], lr, momentum, steps: 300 }),
  }) as unknown as RunResult
const inView = ([x, y]: Vec2) =>
  scales.x(x) >= 0 && scales.x(x) <= 640 && scales.y(y) >= 0 && scales.y(y) <= 400

describe('a diverged run on the plot', () => {
  const gd = resultOf(0, 0.0215)
  const k = gd.trajectory.divergedAt as number

  test('is drawn up to its first point past the view’s edge, not out to 1e6', () => {
    expect(k).toBeGreaterThan(5)
    const drawn = drawnPoints(gd, scales)
    expect(drawn.length).toBeLessThan(gd.trajectory.points.length)
    expect(drawn.slice(0, -1).every(inView)).toBe(true)
    expect(inView(drawn.at(-1) as Vec2)).toBe(false)
    // Every point after the drawn ones is outside the view too: nothing comes back in.
    expect(gd.trajectory.points.slice(drawn.length).some(inView)).toBe(false)
    const { container } = render(
      <svg>
        <TrajectoryLayer result={gd} scales={scales} count={null} />
      </svg>,
    )
    const d = container.querySelector('path[data-trajectory]')?.getAttribute('d') ?? ''
    const ys = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Math.abs(+m[2]!))
    expect(Math.max(...ys)).toBeLessThan(400 * 50) // the last segment leaves; no 1e7 px lines
  })

  test('gets a cross on the edge and a label naming the run and the step', () => {
    const at = exitPoint(drawnPoints(gd, scales), scales) as [number, number]
    expect(at.every((v) => v >= 0 && v <= 1)).toBe(true)
    expect(Math.min(at[1], 1 - at[1])).toBeLessThan(1e-9) // on the top or bottom edge
    render(<PlotOverlay results={[gd]} scales={scales} playhead={null} hasKey={false} />)
    expect(screen.getByText(`Gradient descent diverged at step ${k}`)).toBeVisible()
    expect(screen.getByText('✕')).toBeInTheDocument()
  })

  test('is labelled only once the playback reaches the edge', () => {
    const { rerender } = render(
      <PlotOverlay results={[gd]} scales={scales} playhead={2} hasKey={false} />,
    )
    expect(screen.queryByText(/diverged at step/)).toBeNull()
    rerender(<PlotOverlay results={[gd]} scales={scales} playhead={k} hasKey={false} />)
    expect(screen.getByText(/diverged at step/)).toBeInTheDocument()
  })

  test('a run that did not diverge is drawn whole and not labelled', () => {
    const m = resultOf(0.9, 0.0215)
    expect(m.trajectory.divergedAt).toBeNull()
    expect(drawnPoints(m, scales)).toBe(m.trajectory.points)
    render(<PlotOverlay results={[m]} scales={scales} playhead={null} hasKey />)
    expect(screen.queryByText(/diverged/)).toBeNull()
  })
})

describe('the arrows’ key', () => {
  test('says what the solid and the dashed arrow are', () => {
    render(<PlotOverlay results={[]} scales={scales} playhead={null} hasKey />)
    const key = screen.getByRole('list', { name: /arrows at the cursor/i })
    expect(key).toHaveTextContent(/the run’s step \(its velocity\)/)
    expect(key).toHaveTextContent(/the step plain GD would take from there/)
  })
})
