import { describe, expect, it } from 'vitest'
import { customSurface } from '../../src/core/expression'
import { surfaces } from '../../src/core/surfaces'
import { surfaceFormula, surfaceLatex } from '../../src/core/surfaces/formulas'

describe('surfaceFormula and surfaceLatex', () => {
  it('every built-in surface has its own formula as LaTeX', () => {
    const all = surfaces.map((s) => surfaceLatex(s))
    for (const latex of all) expect(latex).toMatch(/^f\(x,y\)=\S/)
    expect(new Set(all).size).toBe(surfaces.length) // one each, none shared
  })

  it('every built-in surface has its plain formula, and a custom one keeps its expression', () => {
    for (const s of surfaces) expect(surfaceFormula(s)).toMatch(/[xy]/)
    const custom = customSurface('x^2 + 3*y^2', { x: [-3, 3], y: [-3, 3] })
    if (!custom.ok) throw new Error(custom.error.message)
    expect(surfaceFormula(custom.surface)).toBe('x^2 + 3*y^2')
  })

  it('a custom surface keeps the LaTeX made from its expression', () => {
    const custom = customSurface('x^2 + 3*y^2', { x: [-3, 3], y: [-3, 3] })
    if (!custom.ok) throw new Error(custom.error.message)
    expect(custom.surface.latex).toMatch(/^f\(x,y\)=/)
    expect(surfaceLatex(custom.surface)).toBe(custom.surface.latex)
  })
})
