import type { Context2D, MakePath } from './drawFrame'

/** A canvas to draw a frame on and read back: an OffscreenCanvas in the worker, Skia in tests. */
export interface Raster {
  readonly ctx: Context2D
  /** The canvas itself, to copy it into another (drawImage). */
  readonly image: CanvasImageSource
  /** The canvas's RGBA pixels, row by row. */
  pixels(): Uint8ClampedArray
  png(): Promise<Uint8Array>
}

/** Makes rasters and paths: what the frame renderer needs from its environment. */
export interface CanvasKit {
  create(width: number, height: number): Raster
  readonly makePath: MakePath
}
