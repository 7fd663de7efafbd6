import { describe, expect, test } from 'vitest'
import { customSurface, localBowl, type LocalBowl } from '../../../src/core/expression'
import { betaHint, roundedMomentum } from '../../../src/ui/custom/betaHint'

function bowlOf(src: string): LocalBowl | null {
  const r = customSurface(src, { x: [-5, 5], y: [-5, 5] })
  if (!r.ok) throw new Error(r.error.message)
  return localBowl(r.surface, r.surface.defaultStart)
}

/** The numbers the sentence states, read back from its text. */
function numbersIn(text: string) {
  const m = /curvatures are ([\d.e-]+) and ([\d.e-]+) \(κ = ([\d.e-]+)\)/.exec(text)
  const beta = /β ≈ ([\d.]+)/.exec(text)
  return m && { mu: Number(m[1]), L: Number(m[2]), kappa: Number(m[3]), beta: Number(beta?.[1]) }
}

describe('the β hint says what the local Hessian says', () => {
  const bowl = bowlOf('x^2 + 10*y^2')!

  test('x^2 + 10*y^2 against the default runs: "β ≈ 0.27 suits this bowl; 0.9 is too much."', () => {
    const hint = betaHint(bowl, [0, 0.9])!
    expect(hint.text).toBe(
      'Near the minimum at (0, 0) the curvatures are 2 and 20 (κ = 10): β ≈ 0.27 suits this bowl; 0.9 is too much.',
    )
    expect(hint.momentum).toBe(0.27)
  })

  test('the stated numbers are the bowl’s, to the digits shown', () => {
    for (const src of ['x^2 + 10*y^2', '3*x^2 + 2*x*y + 3*y^2', '(1-x)^2 + 100*(y-x^2)^2']) {
      const b = bowlOf(src)!
      const said = numbersIn(betaHint(b, [0.9])!.text)!
      expect(said.mu / b.mu, src).toBeCloseTo(1, 2)
      expect(said.L / b.L, src).toBeCloseTo(1, 2)
      expect(said.kappa / b.conditionNumber, src).toBeCloseTo(1, 1)
      expect(Math.abs(said.beta - b.bestMomentum), src).toBeLessThanOrEqual(0.0051)
    }
  })

  test('each run’s β is judged against the suggestion: too much, too little, about right', () => {
    expect(betaHint(bowl, [0, 0.1])!.text).toMatch(/0\.27 suits this bowl; 0\.1 is too little\.$/)
    expect(betaHint(bowl, [0, 0.27])!.text).toMatch(/; 0\.27 is about right\.$/)
    expect(betaHint(bowl, [0, 0.5, 0.9, 0.1])!.text).toMatch(
      /; 0\.5 and 0\.9 are too much; 0\.1 is too little\.$/,
    )
    // Plain gradient descent alone: only the suggestion.
    expect(betaHint(bowl, [0])!.text).toMatch(/: β ≈ 0\.27 suits this bowl\.$/)
  })

  test('a round bowl says plain gradient descent already suits it', () => {
    const hint = betaHint(bowlOf('x^2 + y^2'), [0, 0.9])!
    expect(hint.text).toMatch(
      /\(κ = 1\.0\): the bowl is round, .*β = 0\) already suits it; 0\.9 is too much\.$/,
    )
    expect(hint.momentum).toBe(0)
  })

  test('a badly conditioned bowl gets three decimals, capped at the slider’s 0.999', () => {
    expect(roundedMomentum(0.99473)).toBe(0.995)
    expect(roundedMomentum(0.99996)).toBe(0.999)
    expect(roundedMomentum(0.26987)).toBe(0.27)
  })

  test.each(['x^4 + y^2', 'x^2 - y^2', 'x + y'])(
    'nothing for %s: no positive definite minimum',
    (src) => {
      expect(betaHint(bowlOf(src), [0, 0.9])).toBeNull()
    },
  )
})
