import { useEffect, useRef, useState } from 'react'

interface Props {
  readonly tex: string
  /** Shown until KaTeX has loaded, and if it never does. */
  readonly text: string
  readonly display?: boolean
}

/**
 * A formula typeset by KaTeX, loaded on first use. KaTeX owns the inner span (React never renders
 * into it, the escape hatch STYLE.md allows for a canvas); React owns the plain-text fallback.
 */
export function Tex({ tex, text, display = false }: Props) {
  const ref = useRef<HTMLSpanElement>(null)
  const [isTypeset, setTypeset] = useState(false)
  useEffect(() => {
    let isLive = true
    import('./renderTex')
      .then((m) => {
        if (!isLive || !ref.current) return
        m.renderTex(ref.current, tex, display)
        setTypeset(true)
      })
      .catch(() => setTypeset(false)) // offline or refused: the text stays
    return () => {
      isLive = false
    }
  }, [tex, display])
  return (
    <span className="me-tex">
      {!isTypeset && <span className="me-formula">{text}</span>}
      <span ref={ref} />
    </span>
  )
}
