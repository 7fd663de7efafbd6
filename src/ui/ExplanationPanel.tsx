import { Suspense, useState } from 'react'
import { Explanation } from './lazyPanels'

/** A closed panel: its content (formulas with the current values) loads when first opened. */
export function ExplanationPanel() {
  const [hasOpened, setOpened] = useState(false)
  return (
    <details className="me-explain" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>How the update rules work</summary>
      {hasOpened && (
        <Suspense fallback={<p>Loading…</p>}>
          <Explanation />
        </Suspense>
      )}
    </details>
  )
}
