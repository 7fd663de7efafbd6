// Stylesheets that the embed and library builds collect at run time. In those builds every plain
// `import './x.css'` (a lazily loaded panel's styles) becomes registerStyles(text) (stylesPlugin.ts),
// because a <link> in document.head would never reach a shadow root or a React host app.
type Listener = (css: string) => void

const texts: string[] = []
const listeners = new Set<Listener>()

/** Adds a stylesheet's text (once) and hands it to every current listener. */
export function registerStyles(css: string): void {
  if (texts.includes(css)) return
  texts.push(css)
  for (const listener of listeners) listener(css)
}

/** Calls `listener` with every stylesheet registered so far and every later one; returns stop. */
export function onStyles(listener: Listener): () => void {
  for (const css of texts) listener(css)
  listeners.add(listener)
  return () => listeners.delete(listener)
}
