import type { ViewRange } from '../../state/urlParams'

/** Example functions offered as buttons, each with a view that shows its interesting part. */
export const EXAMPLES: readonly { readonly f: string; readonly view: ViewRange }[] = [
  { f: 'x^2 + 10*y^2', view: { x: [-5, 5], y: [-5, 5] } },
  { f: '(1-x)^2 + 100*(y-x^2)^2', view: { x: [-2, 2], y: [-1, 3] } },
  { f: 'sin(x)*cos(y) + 0.1*(x^2+y^2)', view: { x: [-6, 6], y: [-6, 6] } },
]
