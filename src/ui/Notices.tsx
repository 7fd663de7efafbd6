import { useId, useState } from 'react'

/** What the URL (or the element's attributes) asked for that could not be used, dismissible. */
export function Notices({ notices }: { notices: readonly string[] }) {
  const [isOpen, setOpen] = useState(notices.length > 0)
  const titleId = useId()
  if (!isOpen || notices.length === 0) return null
  return (
    <div className="me-notices" role="status" aria-labelledby={titleId}>
      <p id={titleId}>Some settings in the link were adjusted:</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setOpen(false)}>
        Dismiss
      </button>
    </div>
  )
}
