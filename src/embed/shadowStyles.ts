import css from '../ui/styles.css?inline'

// `all: initial` stops the host page's inherited font, colour and line height at the boundary;
// the page can still size and place the element itself (outer rules win over :host).
const HOST_CSS = ':host{all:initial;display:block}:host([hidden]){display:none}'

/** The page's stylesheet plus the host rules: everything a shadow root needs, as text. */
export const SHADOW_CSS = `${HOST_CSS}\n${css}`

let shared: CSSStyleSheet | null = null

/**
 * Gives a shadow root the explorer's styles. A constructed stylesheet (shared by every instance)
 * is not an inline <style>, so a strict CSP without 'unsafe-inline' styles still allows it; old
 * browsers without adoptedStyleSheets get a <style> element instead.
 */
export function adoptStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet()
      shared.replaceSync(SHADOW_CSS)
    }
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, shared]
    return
  }
  const style = document.createElement('style')
  style.textContent = SHADOW_CSS
  shadow.append(style)
}
