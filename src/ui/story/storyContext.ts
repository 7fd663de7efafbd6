import type { Surface } from '../../core'
import type { Model } from '../../core/models'
import type { RunResult } from '../../state/hooks'

/** What a step's sentences read: the figure as it is now. */
export interface StoryContext {
  readonly results: readonly RunResult[]
  readonly surface: Surface
  readonly lr: number
  /** Optimizer steps the runs take (epochs × batches on a model surface). */
  readonly steps: number
  /** The model behind a model surface, once its code has loaded. */
  readonly model: Model | null
}
