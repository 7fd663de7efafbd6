import { Suspense } from 'react'
import { useSurfaceStatus } from '../../state/hooks'
import { SurfaceErrorNotice } from '../lazyPanels'

/**
 * Where the figure's f cannot be used, a notice with the parser's positioned error instead of a
 * silent stand-in surface. Its code loads only when there is an error to show.
 */
export function SurfaceErrorSlot({ canEdit }: { readonly canEdit: boolean }) {
  const { error, surface } = useSurfaceStatus()
  if (!error) return null
  return (
    <Suspense fallback={null}>
      <SurfaceErrorNotice error={error} shownInstead={surface.name} canEdit={canEdit} />
    </Suspense>
  )
}
