import css from '../ui/styles.css?inline'
import { onStyles } from './styleRegistry'

// The host page's rules reach the element itself, never inside it. `!important` in a shadow root
// beats the page's (even `* { all: unset !important }`), so the element stays a block; the
// page can still size and place it. The mount point's `all: initial` stops every inherited
// property (font, colour, `!important` ones too) at the boundary. Text sizes follow
// `--momentum-explorer-font-size` (16px by default), never the host page's root font size.
const HOST_CSS =
  ':host{all:initial;display:block!important;' +
  '--me-base:var(--momentum-explorer-font-size,16px)!important}' +
  ':host([hidden]){display:none!important}' +
  '.me-shadow-root{all:initial;display:block;font-size:var(--me-base);color:#1a1a1a;background:#fff}'

/**
 * A stylesheet as the shadow root needs it: `rem` (the host page's root font size) becomes a
 * multiple of the element's own base size, and so do font sizes in px (16px = the base).
 */
export function forShadow(text: string): string {
  return text
    .replace(/(\d*\.?\d+)rem\b/g, 'calc($1 * var(--me-base))')
    .replace(/font-size:\s*(\d*\.?\d+)px/g, 'font-size: calc($1 / 16 * var(--me-base))')
}

/** The page's stylesheet plus the host rules: everything a shadow root needs, as text. */
export const SHADOW_CSS = `${HOST_CSS}\n${forShadow(css)}`

const canAdopt = () =>
  typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype
// One constructed sheet per text, shared by every instance on the page.
const sheets = new Map<string, CSSStyleSheet>()
function sheetFor(text: string): CSSStyleSheet {
  let sheet = sheets.get(text)
  if (!sheet) {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(text)
    sheets.set(text, sheet)
  }
  return sheet
}

function addStyles(shadow: ShadowRoot, text: string): void {
  if ('adoptedStyleSheets' in shadow && canAdopt()) {
    const sheet = sheetFor(text)
    if (!shadow.adoptedStyleSheets.includes(sheet))
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet]
    return
  }
  if ([...shadow.querySelectorAll('style')].some((s) => s.textContent === text)) return
  const style = document.createElement('style') // old browsers: an inline <style>
  style.textContent = text
  shadow.prepend(style)
}

/**
 * Gives a shadow root the explorer's styles, and those of lazily loaded panels as they arrive;
 * returns the function that stops following new ones. Constructed stylesheets are not inline
 * <style> elements, so a strict CSP without 'unsafe-inline' styles still allows them.
 */
export function adoptStyles(shadow: ShadowRoot): () => void {
  addStyles(shadow, SHADOW_CSS)
  return onStyles((text) => addStyles(shadow, forShadow(text)))
}
