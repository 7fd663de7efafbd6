import css from '../ui/styles.css?inline'
import { onStyles } from './styleRegistry'

// `all: initial` stops the host page's inherited font, colour and line height at the boundary;
// the page can still size and place the element itself (outer rules win over :host).
const HOST_CSS = ':host{all:initial;display:block}:host([hidden]){display:none}'

/** The page's stylesheet plus the host rules: everything a shadow root needs, as text. */
export const SHADOW_CSS = `${HOST_CSS}\n${css}`

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
  return onStyles((text) => addStyles(shadow, text))
}
