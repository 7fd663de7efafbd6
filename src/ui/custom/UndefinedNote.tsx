import { useMemo } from 'react'
import type { Surface } from '../../core'
import { formatNumber } from '../format'
import { percent, undefinedRegion } from './undefinedRegion'

/** Says how much of the view f is undefined on, and where; nothing when f is defined everywhere. */
export function UndefinedNote({ surface }: { readonly surface: Surface }) {
  const region = useMemo(() => undefinedRegion(surface), [surface])
  if (region.box === null) return null
  const { x, y } = region.box
  return (
    <p className="me-custom-undefined">
      f is undefined on {percent(region.fraction)} of the view: it has no finite value in parts of x{' '}
      {formatNumber(x[0])} to {formatNumber(x[1])}, y {formatNumber(y[0])} to {formatNumber(y[1])}.
      A run that steps there stops.
    </p>
  )
}
