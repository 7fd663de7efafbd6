// Loaded on demand by Tex.tsx: KaTeX (about 78 KB gzip) never weighs on the first paint. Its
// stylesheet brings self-hosted fonts, emitted as files (a strict CSP refuses data: fonts); the
// embed builds swap it for src/ui/math/noKatex.css.
import katex from 'katex'
import 'katex/dist/katex.min.css'

/** Whether KaTeX's fonts are declared where `el` lives (not in a shadow root, nor in the embeds). */
function hasKatexFonts(el: HTMLElement): boolean {
  if (el.getRootNode() instanceof ShadowRoot || typeof document.fonts?.forEach !== 'function')
    return false
  let found = false
  document.fonts.forEach((f) => (found ||= f.family.replace(/["']/g, '') === 'KaTeX_Main'))
  return found
}

/**
 * Typesets `tex` into `el` with DOM calls only: KaTeX sets its inline styles through CSSOM, which a
 * strict `style-src 'self'` allows (HTML strings with style attributes would be refused). The
 * MathML it adds is what screen readers read; without KaTeX's fonts it shows MathML alone.
 */
export function renderTex(el: HTMLElement, tex: string, displayMode: boolean): void {
  katex.render(tex, el, {
    displayMode,
    throwOnError: false,
    output: hasKatexFonts(el) ? 'htmlAndMathml' : 'mathml',
  })
}
