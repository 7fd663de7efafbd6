// Where an expression went wrong, cut down to a short monospace window around the mistake.

/** The text before, at and after the offending character, and the caret's column in the window. */
export interface CaretWindow {
  readonly before: string
  /** The offending character; a blank when the input ended too early. */
  readonly at: string
  readonly after: string
  /** Columns before the caret (the `^` goes under `at`). */
  readonly column: number
}

const SIDE = 18 // characters kept on each side: the sidebar is narrow

// Tabs and line breaks would shift the monospace columns; show them as blanks.
const flat = (s: string) => s.replace(/\s/g, ' ')

/**
 * The window of `src` around `position` (a UTF-16 index, as the parser reports it), with '…'
 * where text was cut. Never splits a surrogate pair, so an emoji never turns into garbage.
 * @example caretWindow('sin(x))', 6) // { before: 'sin(x)', at: ')', after: '', column: 6 }
 */
export function caretWindow(src: string, position: number): CaretWindow {
  const pos = Math.min(src.length, Math.max(0, Math.floor(position) || 0))
  const isPair =
    /[\uD800-\uDBFF]/.test(src.charAt(pos)) && /[\uDC00-\uDFFF]/.test(src.charAt(pos + 1))
  const end = pos + (pos < src.length ? (isPair ? 2 : 1) : 0)
  let from = Math.max(0, pos - SIDE)
  if (/[\uDC00-\uDFFF]/.test(src.charAt(from))) from-- // keep the pair whole
  let to = Math.min(src.length, end + SIDE)
  if (/[\uD800-\uDBFF]/.test(src.charAt(to - 1))) to++
  const before = (from > 0 ? '…' : '') + flat(src.slice(from, pos))
  const at = pos < src.length ? flat(src.slice(pos, end)) : ' '
  const after = flat(src.slice(end, to)) + (to < src.length ? '…' : '')
  return { before, at, after, column: [...before].length }
}
