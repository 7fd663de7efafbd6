import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  getModel,
  isModelSurfaceId,
  makePassData,
  makeScoreData,
  modelSurface,
  modelSurfaceIds,
  scalingPartner,
} from '../../../src/core/models'
import { expectGradientMatches, pointIn } from '../../fixtures/gradients'

const models = modelSurfaceIds.map((id) => getModel(id)!)

describe('the model registry', () => {
  test('builds every model once, with matching ids, and refuses unknown ids', () => {
    for (const id of modelSurfaceIds) {
      expect(getModel(id)?.surface.id).toBe(id)
      expect(getModel(id)).toBe(getModel(id))
      expect(modelSurface(id)).toBe(getModel(id)?.surface)
    }
    expect(getModel('ravine')).toBeUndefined()
    expect(isModelSurfaceId('logreg-scaled')).toBe(true)
    expect(isModelSurfaceId('constructor')).toBe(false)
  })

  test('the scaling toggle pairs each model with its scaled twin', () => {
    expect(scalingPartner('linreg')).toBe('linreg-scaled')
    expect(scalingPartner('linreg-scaled')).toBe('linreg')
    expect(scalingPartner('logreg')).toBe('logreg-scaled')
    expect(scalingPartner('logreg-scaled')).toBe('logreg')
  })
})

describe.each(models)('$id', (model) => {
  const s = model.surface

  test('analytic gradient matches central finite differences across the domain', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (u, v) => {
          const [x, y] = pointIn(s, u, v)
          expectGradientMatches(s, x, y, 1e-6)
        },
      ),
      { numRuns: 300 },
    )
  })

  test('f is the mean loss over the train set, and the full mini-batch gradient is grad', () => {
    const all = model.train.x.map((_, i) => i)
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (u, v) => {
          const [x, y] = pointIn(s, u, v)
          const f = s.f(x, y)
          expect(Math.abs(model.loss(model.train, [x, y]) - f)).toBeLessThan(1e-10 * (1 + f))
          const [gx, gy] = s.grad(x, y)
          const [bx, by] = model.batchGrad([x, y], all)
          const scale = 1 + Math.hypot(gx, gy)
          expect(Math.abs(bx - gx)).toBeLessThan(1e-10 * scale)
          expect(Math.abs(by - gy)).toBeLessThan(1e-10 * scale)
        },
      ),
      { numRuns: 100 },
    )
  })

  test('the listed minimum is a minimum: zero gradient, lower than anywhere nearby', () => {
    const [m] = s.minima
    expect(s.minima).toHaveLength(1)
    const g = s.grad(m!.x, m!.y)
    expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-9)
    expect(s.f(m!.x, m!.y)).toBeCloseTo(m!.f, 12)
    for (const [dx, dy] of [
      [1e-3, 0],
      [0, 1e-3],
      [-1e-3, 1e-3],
      [1e-2, -1e-2],
    ] as const)
      expect(s.f(m!.x + dx, m!.y + dy)).toBeGreaterThan(m!.f)
    const [mu, L] = m!.hessianEigenvalues
    expect(mu).toBeGreaterThan(0)
    expect(L).toBeGreaterThanOrEqual(mu)
  })

  test('the view holds the start and the minimum', () => {
    const inside = (x: number, y: number) =>
      x > s.domain.x[0] && x < s.domain.x[1] && y > s.domain.y[0] && y < s.domain.y[1]
    expect(inside(...s.defaultStart)).toBe(true)
    expect(inside(s.minima[0]!.x, s.minima[0]!.y)).toBe(true)
  })
})

test('the linear-regression minimum is the least-squares line (normal equations by hand)', () => {
  const { train } = makeScoreData()
  const n = train.x.length
  let [sx, sy, sxx, sxy] = [0, 0, 0, 0]
  train.x.forEach((x, i) => {
    sx += x
    sy += train.y[i]!
    sxx += x * x
    sxy += x * train.y[i]!
  })
  // [sxx sx; sx n] [w; b] = [sxy; sy], solved by Cramer's rule.
  const det = sxx * n - sx * sx
  const w = (sxy * n - sx * sy) / det
  const b = (sxx * sy - sx * sxy) / det
  const [m] = getModel('linreg')!.surface.minima
  expect(m!.x).toBeCloseTo(w, 9)
  expect(m!.y).toBeCloseTo(b, 9)
})

test('the linear-regression Hessian is 2·mean((x, 1)(x, 1)ᵀ), checked by finite differences', () => {
  const s = getModel('linreg')!.surface
  const [[a, b], [, c]] = s.quadratic!.hessian
  const h = 1e-4
  const [x, y] = [3, 10]
  const d2 = (dx: number, dy: number) =>
    (s.grad(x + dx * h, y + dy * h)[0] - s.grad(x - dx * h, y - dy * h)[0]) / (2 * h)
  expect(d2(1, 0)).toBeCloseTo(a, 6)
  expect(d2(0, 1)).toBeCloseTo(b, 6)
  expect(c).toBe(2)
})

test('at the logistic minimum, predicted and actual passes balance (the score equation)', () => {
  // ∂/∂b = mean(σ(z) − y) = 0: the model predicts exactly as many passes as there are.
  const { train } = makePassData()
  const [m] = getModel('logreg')!.surface.minima
  const predicted = train.x.reduce((s, x) => s + 1 / (1 + Math.exp(-(m!.x * x + m!.y))), 0)
  expect(predicted).toBeCloseTo(100, 8)
})

test('raw and scaled surfaces start from the same model and share the minimum loss', () => {
  for (const id of ['linreg', 'logreg'] as const) {
    const raw = getModel(id)!.surface
    const scaled = getModel(scalingPartner(id))!.surface
    expect(scaled.f(...scaled.defaultStart)).toBeCloseTo(raw.f(...raw.defaultStart), 9)
    expect(scaled.minima[0]!.f).toBeCloseTo(raw.minima[0]!.f, 9)
  }
})
