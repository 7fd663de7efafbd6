// The published types of the React library (dist-lib/types/libraryTypes.d.ts): self-contained, so
// the package's declarations never expose the app's internal modules. library.tsx implements them.
import type { ReactElement } from 'react'

/** Props mirror the URL parameters (README, "Embedding and publishing"); checked like a link's. */
export interface MomentumExplorerProps {
  /** Surface id: 'ravine', 'rosenbrock', … or 'custom' with `f`. */
  readonly surface?: string
  /** Learning rate α, shared by every run. */
  readonly lr?: number | string
  /** Start point 'x,y'. */
  readonly start?: string
  /** Momentum values, comma-separated, each optionally suffixed n (Nesterov) or e (moving average). */
  readonly runs?: string
  /** Steps per run. */
  readonly steps?: number | string
  /** 'overlay' or 'split'. */
  readonly layout?: string
  /** The controls shown, comma-separated, e.g. 'momentum,lr,play'. */
  readonly controls?: string
  /** Open the tuning map. */
  readonly map?: boolean | string
  /** A custom surface's expression f(x, y). */
  readonly f?: string
  /** View range 'xmin,xmax,ymin,ymax'. */
  readonly view?: string
  /** The guided story, opened at this step (1–8), with Back, Next and the step list. */
  readonly story?: number | string
  /** One step of the guided story (1–8) alone, without the navigation. */
  readonly storystep?: number | string
}

/** One live, independent figure: its own state, styles scoped to `me-` classes. */
export declare function MomentumExplorer(props: MomentumExplorerProps): ReactElement
