import { lazy } from 'react'

// Panels below the fold or used on demand live in their own chunks, loaded after the first paint,
// so the page's initial bundle stays small. One definition each, shared by the page and the embed.
export const Explanation = lazy(() =>
  import('./Explanation').then((m) => ({ default: m.Explanation })),
)
export const ExportMenu = lazy(() =>
  import('./ExportMenu').then((m) => ({ default: m.ExportMenu })),
)
export const ShareControls = lazy(() =>
  import('./ShareControls').then((m) => ({ default: m.ShareControls })),
)
// The results and their sentences: just below the plot, in the first frames after it.
export const Summary = lazy(() => import('./Summary').then((m) => ({ default: m.Summary })))
export const PresetStory = lazy(() =>
  import('./PresetStory').then((m) => ({ default: m.PresetStory })),
)
// The embed on the page (`embed=1`): the full page never needs it.
export const EmbedView = lazy(() => import('./EmbedView').then((m) => ({ default: m.EmbedView })))
export const LossChart = lazy(() =>
  import('../render/LossChart').then((m) => ({ default: m.LossChart })),
)
export const UpdateChart = lazy(() =>
  import('../render/UpdateChart').then((m) => ({ default: m.UpdateChart })),
)
export const TuningMapPanel = lazy(() => import('./map/TuningMapPanel'))
export const ModelPanel = lazy(() => import('./models/ModelPanel'))
export const TrainingStatus = lazy(() => import('./models/TrainingStatus'))
export const CustomSurfaceEditor = lazy(() => import('./custom/CustomSurfaceEditor'))
export const SurfaceErrorNotice = lazy(() => import('./custom/SurfaceErrorNotice'))
