import { useEffect, useState } from 'react'
import { useCatalog } from '../../state/context'

type ExpressionModule = typeof import('../../core/expression')

/** The expression module once its chunk has arrived (null before); loads it on first use. */
export function useExpressions(): ExpressionModule | null {
  const catalog = useCatalog()
  const [mod, setMod] = useState<ExpressionModule | null>(null)
  useEffect(() => {
    let isCurrent = true
    void catalog.loadExpressions().then((m) => {
      if (isCurrent) setMod(() => m)
    })
    return () => {
      isCurrent = false
    }
  }, [catalog])
  return mod
}
