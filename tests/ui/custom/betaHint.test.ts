import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { heavyBallRate } from '../../../src/core'
import { customSurface, localBowl, type LocalBowl } from '../../../src/core/expression'
import { betaHint, roundedMomentum } from '../../../src/ui/custom/betaHint'

function surfaceBowl(src: string): { bowl: LocalBowl | null; lr: number } {
  const r = customSurface(src, { x: [-5, 5], y: [-5, 5] })
  if (!r.ok) throw new Error(r.error.message)
  return { bowl: localBowl(r.surface, r.surface.defaultStart), lr: r.surface.suggestedLr }
}

/** The numbers the sentence states, read back from its text. */
function numbersIn(text: string) {
  const m = /curvatures are ([\d.e-]+) and ([\d.e-]+) \(κ = ([\d.e-]+)\)/.exec(text)
  const beta = /β ≈ ([\d.]+)/.exec(text)
  return m && { mu: Number(m[1]), L: Number(m[2]), kappa: Number(m[3]), beta: Number(beta?.[1]) }
}

/** Heavy ball's best β at this lr by brute force over β, from the core's predicted rate. */
function searchedBest(b: Pick<LocalBowl, 'mu' | 'L'>, lr: number): number {
  let best = 0
  for (let beta = 0; beta < 0.999; beta += 1e-4)
    if (heavyBallRate(lr, beta, b.mu, b.L) < heavyBallRate(lr, best, b.mu, b.L)) best = beta
  return best
}

describe('the β hint says what the local Hessian says', () => {
  const { bowl, lr } = surfaceBowl('x^2 + 10*y^2')

  test('x^2 + 10*y^2 at its suggested lr: "β ≈ 0.27 suits this bowl; 0.9 is too much."', () => {
    expect(lr).toBe(0.097)
    const hint = betaHint(bowl, lr, [0, 0.9])!
    expect(hint.text).toBe(
      'Near the minimum at (0, 0) the curvatures are 2 and 20 (κ = 10): β ≈ 0.27 suits this bowl; 0.9 is too much.',
    )
    expect(hint.momentum).toBe(0.27)
  })

  test('the stated numbers are the bowl’s, to the digits shown', () => {
    for (const src of ['x^2 + 10*y^2', '3*x^2 + 2*x*y + 3*y^2', '(1-x)^2 + 100*(y-x^2)^2']) {
      const s = surfaceBowl(src)
      const b = s.bowl!
      const said = numbersIn(betaHint(b, s.lr, [0.9])!.text)!
      expect(said.mu / b.mu, src).toBeCloseTo(1, 2)
      expect(said.L / b.L, src).toBeCloseTo(1, 2)
      expect(said.kappa / b.conditionNumber, src).toBeCloseTo(1, 1)
      expect(Number.isFinite(said.beta), src).toBe(true)
    }
  })

  test('each run’s β is judged: too much, too little, about right', () => {
    expect(betaHint(bowl, lr, [0, 0.1])!.text).toMatch(
      /0\.27 suits this bowl; 0\.1 is too little\.$/,
    )
    expect(betaHint(bowl, lr, [0, 0.27])!.text).toMatch(/; 0\.27 is about right\.$/)
    expect(betaHint(bowl, lr, [0, 0.5, 0.9, 0.1])!.text).toMatch(
      /; 0\.5 and 0\.9 are too much; 0\.1 is too little\.$/,
    )
    // Plain gradient descent alone: only the suggestion.
    expect(betaHint(bowl, lr, [0])!.text).toMatch(/: β ≈ 0\.27 suits this bowl\.$/)
  })

  test('at a small lr the formula’s β would be wrong, so the hint gives the best β at that lr', () => {
    const hint = betaHint(bowl, 0.005, [0, 0.9, 0.27])!
    // max(1 − √(0.005·2), √(0.005·20) − 1)² = 0.9² = 0.81
    expect(hint.text).toMatch(
      /: at this learning rate, β ≈ 0\.81 suits this bowl; 0\.9 is too much; 0\.27 is too little\.$/,
    )
    expect(hint.momentum).toBe(0.81)
    expect(heavyBallRate(0.005, 0.81, 2, 20)).toBeLessThan(heavyBallRate(0.005, 0.27, 2, 20))
  })

  test('where lr·L ≥ 4 no β converges: it says so and offers none', () => {
    const hint = betaHint(bowl, 0.2, [0, 0.9])!
    expect(hint.text).toMatch(/at lr·L = 4 ≥ 4 no β below 1 converges there\.$/)
    expect(hint.momentum).toBeNull()
  })

  test('a round bowl at a gentle lr says plain gradient descent already suits it', () => {
    const round = surfaceBowl('x^2 + y^2').bowl
    const hint = betaHint(round, 0.5, [0, 0.9])!
    expect(hint.text).toMatch(
      /\(κ = 1\.0\): the bowl is round enough .*β = 0\) already suits it; 0\.9 is too much\.$/,
    )
    expect(hint.momentum).toBe(0)
  })

  test('verdicts agree with a brute-force search of heavy ball’s predicted rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.double({ min: 1, max: 1e3, noNaN: true }),
        fc.double({ min: 0.01, max: 3.9, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (mu, kappa, lrL, beta) => {
          const L = mu * kappa
          const lr = lrL / L
          const b = {
            ...bowl!,
            mu,
            L,
            conditionNumber: kappa,
            bestMomentum: ((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1)) ** 2,
          }
          const momentum = Number(beta.toFixed(3))
          const text = betaHint(b, lr, [momentum])!.text
          const best = searchedBest(b, lr)
          if (text.includes(' is too much')) expect(momentum, text).toBeGreaterThan(best)
          if (text.includes(' is too little')) expect(momentum, text).toBeLessThan(best)
          const shown = /β ≈ ([\d.]+)/.exec(text)
          if (shown) expect(Math.abs(Number(shown[1]) - best), text).toBeLessThan(0.06)
        },
      ),
      { numRuns: 60 },
    )
  })

  test('a badly conditioned bowl gets three decimals, capped at the slider’s 0.999', () => {
    expect(roundedMomentum(0.99473)).toBe(0.995)
    expect(roundedMomentum(0.99996)).toBe(0.999)
    expect(roundedMomentum(0.26987)).toBe(0.27)
  })

  test.each(['x^4 + y^2', 'x^2 - y^2', 'x + y'])(
    'nothing for %s: no positive definite minimum',
    (src) => {
      expect(betaHint(surfaceBowl(src).bowl, 0.01, [0, 0.9])).toBeNull()
    },
  )
})
