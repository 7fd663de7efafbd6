import type { AnimationOptions } from './options'
import type { Scene } from './scene'

/** What the export worker makes: an animation, its size estimate, or a still. */
export type ExportKind = 'animation' | 'estimate' | 'poster' | 'before-after'

/** Page → worker: one job per worker; the page ends it with terminate(). */
export interface ExportRequest {
  readonly kind: ExportKind
  readonly scene: Scene
  readonly options: AnimationOptions
}

/** Worker → page. `note` says when a video was asked for and a GIF made instead. */
export type ExportMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | {
      readonly type: 'file'
      readonly bytes: Uint8Array
      readonly mime: string
      readonly extension: string
      readonly note: string | null
    }
  | {
      readonly type: 'estimate'
      readonly bytes: number
      readonly frames: number
      readonly container: string
      readonly note: string | null
    }
  | { readonly type: 'error'; readonly message: string }

/** Said when a video was asked for and this browser cannot encode one. */
export const NO_VIDEO_NOTE =
  'This browser cannot encode video (no WebCodecs video encoder), so this is a GIF instead.'
