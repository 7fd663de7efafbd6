import { describe, expect, test } from 'vitest'
import { getSurface, type Surface } from '../../src/core'
import { computeContours, logThresholds } from '../../src/render/contours'
import { makeScales } from '../../src/render/scales'

const domain = { x: [-5, 5] as const, y: [-5, 5] as const }
const scales = makeScales(domain, 640, 400)

describe('contours', () => {
  test('levels are log-spaced above the minimum and increasing', () => {
    const t = logThresholds([0, 1, 10, 100, 1000], 5)
    // The top is the 98th percentile (100 here: one huge value must not flatten the rest), the
    // bottom span/1000 above the minimum 0.
    expect(t[0]).toBeCloseTo(0.1, 12)
    expect(t[4]).toBeCloseTo(100, 9)
    for (let i = 1; i < t.length; i++) expect(t[i]! / t[i - 1]!).toBeCloseTo(t[1]! / t[0]!, 6)
  })

  test('a surface defined everywhere has no undefined region', () => {
    const c = computeContours(getSurface('ravine')!, getSurface('ravine')!.domain, scales)
    expect(c.undefinedFraction).toBe(0)
    expect(c.undefinedPath).toBe('')
    expect(c.bands.length).toBeGreaterThan(5)
  })

  test('where f is undefined (log x for x ≤ 0) it is its own region, not the highest band', () => {
    const logX: Surface = { ...getSurface('ravine')!, f: (x) => Math.log(x) }
    const c = computeContours(logX, domain, scales)
    expect(c.undefinedFraction).toBeCloseTo(0.5, 2)
    expect(c.undefinedPath.length).toBeGreaterThan(10)
    // The undefined half is the left half of the plot: every vertex of its outline has x ≤ 320 px.
    const xs = [...c.undefinedPath.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]))
    expect(Math.max(...xs)).toBeLessThanOrEqual(321)
    expect([...c.bands.map((b) => b.d), c.undefinedPath].join('')).not.toMatch(/NaN|Infinity/)
  })
})
