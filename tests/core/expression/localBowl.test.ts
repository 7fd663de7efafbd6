import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { heavyBallRate, runTrajectory, type Surface } from '../../../src/core'
import { bestMomentumAt, customSurface, localBowl, type View } from '../../../src/core/expression'

const VIEW: View = { x: [-5, 5], y: [-5, 5] }

function surfaceOf(src: string, view: View = VIEW): Surface {
  const r = customSurface(src, view)
  if (!r.ok) throw new Error(`${src}: ${r.error.message}`)
  return r.surface
}

const theoryBeta = (kappa: number) => ((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1)) ** 2

describe('localBowl: the quadratic near the minimum nearest the start', () => {
  test('x^2 + 10*y^2: curvatures 2 and 20, κ = 10, β* = ((√10−1)/(√10+1))² ≈ 0.2699', () => {
    const bowl = localBowl(surfaceOf('x^2 + 10*y^2'), [-4, 3])!
    expect(bowl.mu).toBeCloseTo(2, 6)
    expect(bowl.L).toBeCloseTo(20, 6)
    expect(bowl.conditionNumber).toBeCloseTo(10, 6)
    expect(bowl.bestMomentum).toBeCloseTo(0.2699, 4)
    expect(bowl.bestMomentum).toBeCloseTo(theoryBeta(10), 8)
    expect(bowl.gdStableBelowLr).toBeCloseTo(0.1, 8)
  })

  test('a rotated bowl 3x² + 2xy + 3y² has eigenvalues 4 and 8 (H = [[6, 2], [2, 6]])', () => {
    const bowl = localBowl(surfaceOf('3*x^2 + 2*x*y + 3*y^2'), [4, 4])!
    expect([bowl.mu, bowl.L].map((v) => Number(v.toFixed(6)))).toEqual([4, 8])
    expect(bowl.bestMomentum).toBeCloseTo(theoryBeta(2), 8)
  })

  test('on the three-hump camel it is the side minimum when the start is near it', () => {
    const s = surfaceOf('2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2')
    expect(localBowl(s, [-2, 1])!.minimum.x).toBeCloseTo(-1.7476, 4)
    expect(localBowl(s, [0.2, 0.1])!.minimum.x).toBeCloseTo(0, 6)
  })

  test.each([
    ['x^4 + y^2', 'a quartic bottom in x: the Hessian there is singular'],
    ['x^4 + y^4', 'flat to second order'],
    ['x^2 - y^2', 'a saddle: no minimum'],
    ['x + y', 'a plane'],
    ['max(0, x^2 + y^2 - 1)', 'a flat floor'],
  ])('none for %s (%s)', (src) => {
    const s = surfaceOf(src)
    expect(localBowl(s, s.defaultStart)).toBeNull()
  })
})

describe('the suggested learning rate: just under GD’s limit at the minimum nearest the start', () => {
  test('x^2 + 10*y^2: 0.097, a shade under 0.975 × 2/20; GD zig-zags across y and converges', () => {
    const s = surfaceOf('x^2 + 10*y^2')
    expect(s.suggestedLr).toBe(0.097)
    const gd = runTrajectory(s, {
      start: s.defaultStart,
      lr: s.suggestedLr,
      momentum: 0,
      steps: 400,
    })
    const ys = gd.points.slice(0, 30).map((p) => p[1])
    const flips = ys.slice(1).filter((y, k) => Math.sign(y) !== Math.sign(ys[k]!)).length
    expect(flips).toBeGreaterThanOrEqual(25)
    expect(Math.hypot(...gd.points.at(-1)!)).toBeLessThan(1e-3)
  })

  test('random bowls: within 10 % under 0.975 × 2/L (two-digit rounding down), clamped into [1e-5, 10]', () => {
    const bowl = fc.record({
      a: fc.double({ min: 1e-4, max: 200, noNaN: true }),
      c: fc.double({ min: 1e-4, max: 200, noNaN: true }),
      cx: fc.double({ min: -2, max: 2, noNaN: true }),
    })
    fc.assert(
      fc.property(bowl, ({ a, c, cx }) => {
        const [A, C, X] = [a.toPrecision(4), c.toPrecision(4), cx.toFixed(3)]
        const s = surfaceOf(`${A}*(x - ${X})^2 + ${C}*y^2`)
        const L = 2 * Math.max(Number(A), Number(C))
        const target = Math.min(10, (0.975 * 2) / L)
        expect(s.suggestedLr).toBeLessThanOrEqual(target)
        expect(s.suggestedLr).toBeGreaterThan(0.9 * target)
      }),
      { numRuns: 40 },
    )
  })

  test('a very shallow bowl gets the slider’s top rate, 10, not 0.975 × 2/L = 9750', () => {
    expect(surfaceOf('0.0001*(x^2 + y^2)').suggestedLr).toBe(10)
  })

  test('where GD at that rate would blow up from the start, the rate is halved until it does not', () => {
    const s = surfaceOf('2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2')
    const bowl = localBowl(s, s.defaultStart)!
    expect(s.suggestedLr).toBeLessThan(0.975 * bowl.gdStableBelowLr)
    const gd = runTrajectory(s, {
      start: s.defaultStart,
      lr: s.suggestedLr,
      momentum: 0,
      steps: 100,
    })
    expect(gd.divergedAt).toBeNull()
  })
})

describe('bestMomentumAt: heavy ball’s best β at a fixed lr', () => {
  test('matches a brute-force search of the predicted rate over β', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: 0.001, max: 3.9, noNaN: true }),
        (mu, kappa, lrL) => {
          const L = mu * kappa
          const lr = lrL / L
          const best = bestMomentumAt({ mu, L }, lr)!
          const rate = (b: number) => heavyBallRate(lr, b, mu, L)
          let searched = 0
          for (let b = 0; b <= 0.99999; b += 1e-4) if (rate(b) < rate(searched)) searched = b
          expect(rate(best)).toBeLessThanOrEqual(rate(searched) + 1e-9)
          expect(Math.abs(best - searched)).toBeLessThan(2e-3)
        },
      ),
      { numRuns: 40 },
    )
  })

  test('at lr = 4/(√L+√μ)² it is the κ formula; at lr·L ≥ 4 no β < 1 converges', () => {
    const [mu, L] = [2, 20]
    const lr = 4 / (Math.sqrt(L) + Math.sqrt(mu)) ** 2
    expect(bestMomentumAt({ mu, L }, lr)).toBeCloseTo(theoryBeta(10), 12)
    expect(bestMomentumAt({ mu, L }, 4 / L)).toBeNull()
    expect(bestMomentumAt({ mu, L }, 0)).toBeNull()
  })
})
