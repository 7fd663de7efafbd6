import { useExplorer } from '../state/context'
import type { Params } from '../state/params'
import { PRESETS, presetParams } from '../state/presets'
import { PRESET_STORIES } from '../state/presetStories'
import { paramsOf } from '../state/store'

// What makes a state a preset's: the inputs its story was measured at (not layout or the map).
const storyKey = (p: Params) =>
  JSON.stringify([
    p.surface,
    p.lr,
    p.start,
    p.steps,
    p.batch,
    p.seed,
    p.runs.map((r) => [r.momentum, r.rule]),
  ])
const KEYS = new Map(PRESETS.map((p) => [storyKey(presetParams(p)), p]))

/** The story of the preset the figure shows, while it shows exactly that preset's state. */
export function PresetStory() {
  const preset = useExplorer((s) => KEYS.get(storyKey(paramsOf(s))) ?? null)
  if (!preset) return null
  return (
    <p className="me-preset-story">
      <strong>{preset.title}.</strong> {PRESET_STORIES[preset.id]}
    </p>
  )
}

/** The lazy chunk's default (see lazyPanels). */
export default PresetStory
