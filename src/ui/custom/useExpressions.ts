import { useEffect, useState } from 'react'
import { loadExpressions } from '../../state/surfaceRegistry'

type ExpressionModule = Awaited<ReturnType<typeof loadExpressions>>

/** The expression module once its chunk has arrived (null before); loads it on first use. */
export function useExpressions(): ExpressionModule | null {
  const [mod, setMod] = useState<ExpressionModule | null>(null)
  useEffect(() => {
    let isCurrent = true
    void loadExpressions().then((m) => {
      if (isCurrent) setMod(() => m)
    })
    return () => {
      isCurrent = false
    }
  }, [])
  return mod
}
