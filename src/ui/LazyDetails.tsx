import { Suspense, useState, type ReactNode } from 'react'

/**
 * A closed <details> panel whose content is rendered (and its lazily loaded code fetched) only
 * once it is first opened, so panels most readers never open cost nothing at load.
 */
export function LazyDetails(props: { summary: string; className: string; children: ReactNode }) {
  const [hasOpened, setOpened] = useState(false)
  return (
    <details className={props.className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{props.summary}</summary>
      {hasOpened && <Suspense fallback={<p>Loading…</p>}>{props.children}</Suspense>}
    </details>
  )
}
