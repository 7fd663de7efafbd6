import { lazy } from 'react'

// Views that App shows instead of the page, each in its own chunk. Apart from lazyPanels.ts
// because they use its panels: from there they would import the file that loads them.

// The embed on the page (`embed=1`): the full page never needs it.
export const EmbedView = /* @__PURE__ */ lazy(() =>
  import('./EmbedView').then((m) => ({ default: m.EmbedView })),
)
// The guided story (`story=N`): not in the first paint.
export const StoryView = /* @__PURE__ */ lazy(() => import('./story/StoryView'))
