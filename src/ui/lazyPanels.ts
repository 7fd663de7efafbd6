import { lazy } from 'react'

// Panels below the fold or used on demand live in their own chunks, loaded after the first paint,
// so the page's initial bundle stays small. One definition each, shared by the page and the embed.
export const Explanation = /* @__PURE__ */ lazy(() => import('./Explanation'))
export const ExportMenu = /* @__PURE__ */ lazy(() => import('./ExportMenu'))
export const ShareControls = /* @__PURE__ */ lazy(() => import('./ShareControls'))
// The results and their sentences: just below the plot, in the first frames after it.
export const Summary = /* @__PURE__ */ lazy(() => import('./Summary'))
export const PresetStory = /* @__PURE__ */ lazy(() => import('./PresetStory'))
export const LossChart = /* @__PURE__ */ lazy(() => import('./LossChart'))
export const UpdateChart = /* @__PURE__ */ lazy(() => import('./UpdateChart'))
export const TuningMapPanel = /* @__PURE__ */ lazy(() => import('./map/TuningMapPanel'))
export const ModelPanel = /* @__PURE__ */ lazy(() => import('./models/ModelPanel'))
export const TrainingStatus = /* @__PURE__ */ lazy(() => import('./models/TrainingStatus'))
export const CustomSurfaceEditor = /* @__PURE__ */ lazy(
  () => import('./custom/CustomSurfaceEditor'),
)
export const SurfaceErrorNotice = /* @__PURE__ */ lazy(() => import('./custom/SurfaceErrorNotice'))
// The presets: not in the first paint.
export const Presets = /* @__PURE__ */ lazy(() => import('./Presets'))
