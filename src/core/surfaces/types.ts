import type { Vec2 } from '../vec'

/** A closed interval [min, max]. */
export type Range = readonly [number, number]

/** A known local minimum of a surface (from the reference, Newton-refined). */
export interface Minimum {
  readonly x: number
  readonly y: number
  readonly f: number
  readonly isGlobal: boolean
  readonly hessianEigenvalues: Vec2
}

/** The Hessian and centre of a quadratic surface f = ½ (w−c)ᵀ H (w−c). */
export interface QuadraticForm {
  readonly hessian: readonly [Vec2, Vec2]
  readonly center: Vec2
}

/** A 2D loss surface with its exact gradient and what the page needs to teach with it. */
export interface Surface {
  readonly id: string
  readonly name: string
  /** Plain-math formula (`^` a power), where the surface carries its own; built-in ones:
   * `surfaceFormula` and `surfaceLatex` in formulas.ts. */
  readonly formula?: string
  /** As LaTeX, likewise. */
  readonly latex?: string
  readonly f: (x: number, y: number) => number
  readonly grad: (x: number, y: number) => Vec2
  /** Suggested view. */
  readonly domain: { readonly x: Range; readonly y: Range }
  readonly minima: readonly Minimum[]
  readonly defaultStart: Vec2
  readonly suggestedLr: number
  /** One or two sentences of teaching text. */
  readonly about: string
  /** True when one f costs a pass over a data set: its contour grid is then sampled in a worker. */
  readonly isExpensive?: boolean
  /** Present only for quadratic surfaces: enables the condition-number theory. */
  readonly quadratic?: QuadraticForm
}
