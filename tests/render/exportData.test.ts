// @vitest-environment jsdom
import { describe, expect, test } from 'vitest'
import { getSurface } from '../../src/core'
import { makeRunDeriver } from '../../src/state/deriver'
import { customSurface } from '../../src/core/expression'
import {
  MISSING_VALUE,
  standaloneSvg,
  trajectoriesCsv,
  trajectoriesJson,
} from '../../src/render/exportData'

const results = makeRunDeriver()(
  { surface: getSurface('ravine')!, lr: 0.018, start: [-8, 1], steps: 20 },
  [
    { id: 'r1', momentum: 0, rule: 'heavy-ball' },
    { id: 'r2', momentum: 0.9, rule: 'nesterov' },
  ],
)

describe('exporting trajectories', () => {
  test('CSV has a header and one row per run and step, with the core’s numbers', () => {
    const lines = trajectoriesCsv(results).trim().split('\n')
    expect(lines[0]).toBe(`# An empty cell is ${MISSING_VALUE}.`)
    expect(lines[1]).toBe('run,label,rule,momentum,step,x,y,loss')
    expect(lines).toHaveLength(2 + 21 * 2)
    const [run, , rule, momentum, step, x, y, loss] = lines[2 + 21 + 3]!.split(
      /,(?=(?:[^"]*"[^"]*")*[^"]*$)/,
    )
    expect([run, rule, momentum, step]).toEqual(['r2', 'nesterov', '0.9', '3'])
    const p = results[1]!.trajectory.points[3]!
    expect([Number(x), Number(y)]).toEqual([p[0], p[1]])
    expect(Number(loss)).toBe(results[1]!.trajectory.losses[3])
  })

  test('JSON round-trips the points and says how each run ended', () => {
    const data = JSON.parse(
      trajectoriesJson(results, { surface: 'ravine', lr: 0.018, start: [-8, 1], steps: 20 }),
    )
    expect(data.runs).toHaveLength(2)
    expect(data.runs[0].steps[20]).toEqual({
      step: 20,
      x: results[0]!.trajectory.points[20]![0],
      y: results[0]!.trajectory.points[20]![1],
      loss: results[0]!.trajectory.losses[20],
    })
    expect(data.runs[1].rule).toBe('nesterov')
  })

  test('a diverged run exports only its finite points', () => {
    const diverged = makeRunDeriver()(
      { surface: getSurface('ravine')!, lr: 10, start: [-8, 1], steps: 50 },
      [{ id: 'r1', momentum: 0, rule: 'heavy-ball' }],
    )
    const csv = trajectoriesCsv(diverged)
    expect(csv).not.toMatch(/NaN|Infinity/)
    expect(
      JSON.parse(
        trajectoriesJson(diverged, { surface: 'ravine', lr: 10, start: [-8, 1], steps: 50 }),
      ).runs[0].divergedAt,
    ).toBe(3)
  })
})

test.for([
  { f: 'sqrt(x)', start: [-4, 3] },
  { f: 'log(x^2+y^2)', start: [0, 0] },
])('f = $f from $start: empty CSV cells and JSON nulls, each explained', ({ f, start }) => {
  const made = customSurface(f, { x: [-5, 5], y: [-5, 5] })
  if (!made.ok) throw new Error(made.error.message)
  const shared = { surface: made.surface, lr: 0.01, start: start as [number, number], steps: 5 }
  const results = makeRunDeriver()(shared, [{ id: 'r1', momentum: 0, rule: 'heavy-ball' }])
  expect(Number.isFinite(results[0]!.trajectory.losses[0])).toBe(false) // the case in question
  const csv = trajectoriesCsv(results)
  expect(csv).not.toMatch(/NaN|Infinity/)
  expect(csv.split('\n')[2]).toMatch(/,0,-?[\d.]+,-?[\d.]+,$/) // step 0: x, y, and an empty loss
  const json = trajectoriesJson(results, { ...shared, surface: 'custom' })
  expect(json).not.toMatch(/NaN|Infinity/)
  const data = JSON.parse(json)
  expect(data.null).toBe(MISSING_VALUE)
  expect(data.runs[0].steps[0].loss).toBeNull()
})

describe('exporting the figure', () => {
  const svgOf = (html: string) => {
    const box = document.createElement('div')
    box.innerHTML = `<svg viewBox="0 0 640 400">${html}</svg>`
    return box.firstElementChild as SVGSVGElement
  }

  test('merges the layers drawn beneath the runs back in, bottom first', () => {
    const runs = svgOf('<path id="live"/>')
    const contours = svgOf('<g id="contours"/>')
    const still = svgOf('<circle id="minimum"/><path id="still"/>')
    const text = standaloneSvg(runs, [contours, null, still])
    const order = [...text.matchAll(/<(\w+)(?: id="(\w+)")?/g)].map((m) => m[2] ?? m[1])
    expect(order).toEqual(['svg', 'rect', 'contours', 'minimum', 'still', 'live'])
    expect(text).toMatch(/^<svg[^>]* width="640"/)
    // The page's layers are copied, not moved.
    expect(still.children).toHaveLength(2)
  })
})
