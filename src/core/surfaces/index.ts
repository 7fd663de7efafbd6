import { beale } from './beale'
import { himmelblau } from './himmelblau'
import { ravine } from './ravine'
import { rosenbrock } from './rosenbrock'
import { rotatedRavine } from './rotatedRavine'
import { saddle } from './saddle'
import { sixHumpCamel } from './sixHumpCamel'
import { styblinskiTang } from './styblinskiTang'
import type { Surface } from './types'
import { wells } from './wells'

export type { Minimum, QuadraticForm, Range, Surface } from './types'

/** Every built-in surface, in the order the page lists them; ids match the reference. */
export const surfaces: readonly Surface[] = [
  ravine,
  rotatedRavine,
  rosenbrock,
  himmelblau,
  beale,
  sixHumpCamel,
  styblinskiTang,
  saddle,
  wells,
]

/** The id of the surface the page opens with. */
export const defaultSurfaceId = 'ravine'

/** The surface with this id, or undefined for an unknown id (never throws). */
export function getSurface(id: string): Surface | undefined {
  return surfaces.find((s) => s.id === id)
}
