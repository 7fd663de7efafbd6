// The guided story (issue #22): eight steps, each a state of the figure, the panels that show its
// claim and the controls the reader gets on "your turn". Every claim is measured at its step's
// state by tests/state/story.test.ts; the sentences are computed in src/ui/story/storyText.ts.
import type { SurfaceCatalog } from './catalog'
import type { ControlName, Params } from './params'
import { PRESETS, presetParams, type Preset } from './presets'

/** What a step shows beside the contours. */
export type StoryPanel = 'arrows' | 'updates' | 'average' | 'loss' | 'training' | 'map'
/** Which update rule or piece of theory a step writes out as a formula. */
export type StoryFormula = 'gd' | 'heavy-ball' | 'moving-average' | 'theory'

export interface StoryStep {
  readonly id: string
  readonly title: string
  readonly state: Preset
  /** Whether the step opens the tuning map. */
  readonly map?: boolean
  readonly panels: readonly StoryPanel[]
  readonly controls: readonly ControlName[]
  readonly formulas: readonly StoryFormula[]
  /** What "your turn" invites the reader to try (an invitation, never a result). */
  readonly yourTurn: string
}

const preset = (id: string): Preset => PRESETS.find((p) => p.id === id)!
const gdOnly: Preset = { id: 'gd', title: 'Gradient descent', surface: 'ravine', runs: [[0]] }

export const STORY_STEPS: readonly StoryStep[] = [
  {
    id: 'gradient',
    title: 'Gradient descent uses only the current gradient',
    state: gdOnly,
    panels: ['arrows'],
    controls: ['lr', 'play'],
    formulas: ['gd'],
    yourTurn: 'Press Step to watch one update at a time, or drag the learning rate.',
  },
  {
    id: 'zigzag',
    title: 'The zig-zag',
    state: gdOnly,
    panels: ['updates'],
    controls: ['lr', 'play'],
    formulas: ['gd'],
    yourTurn: 'Lower the learning rate and see how long the zig-zag lasts.',
  },
  {
    id: 'average',
    title: 'The moving average',
    state: preset('zigzag'),
    panels: ['average', 'updates'],
    controls: ['momentum', 'play'],
    formulas: ['heavy-ball'],
    yourTurn: 'Step through the race, or drag β and watch the across parts cancel.',
  },
  {
    id: 'faster',
    title: 'Faster',
    state: preset('zigzag'),
    panels: ['loss'],
    controls: ['momentum', 'lr', 'play'],
    formulas: ['heavy-ball'],
    yourTurn: 'Drag β and the learning rate: how much sooner can you make it?',
  },
  {
    id: 'model',
    title: 'A real model',
    state: preset('training'),
    panels: ['training'],
    controls: ['momentum', 'steps', 'play'],
    formulas: ['heavy-ball'],
    yourTurn: 'Give both runs more epochs and watch the accuracy lead shrink.',
  },
  {
    id: 'too-much',
    title: 'Too much',
    state: preset('too-much'),
    panels: ['loss'],
    controls: ['momentum', 'play'],
    formulas: ['heavy-ball'],
    yourTurn: 'Drag the largest β down and find where the overshoot stops.',
  },
  {
    id: 'too-little',
    title: 'Too little',
    state: preset('too-little'),
    panels: ['loss'],
    controls: ['momentum', 'play'],
    formulas: ['heavy-ball'],
    yourTurn: 'Drag the small β up: when does it start to pay?',
  },
  {
    id: 'limits',
    title: 'Where the slogan stops',
    state: preset('near-limit'),
    map: true,
    panels: ['updates', 'map'],
    controls: ['momentum', 'lr', 'rule', 'play', 'map'],
    formulas: ['heavy-ball', 'moving-average', 'theory'],
    yourTurn: 'Click a cell of the tuning map to race that pair, or switch a run’s rule.',
  },
]

/** Step n (1-based) of the story, clamped into range. */
export const storyStepAt = (n: number): StoryStep =>
  STORY_STEPS[Math.min(STORY_STEPS.length, Math.max(1, Math.round(n))) - 1]!

/** The full state a step sets (a model step needs its surface's code loaded first). */
export function storyParams(step: StoryStep, catalog?: SurfaceCatalog): Params {
  return { ...presetParams(step.state, catalog), map: step.map ?? false }
}
