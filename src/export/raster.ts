/** The part of a 2D canvas context frames are drawn with (a browser's, or a test's in Node). */
export type Context2D = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'setTransform'
  | 'translate'
  | 'scale'
  | 'beginPath'
  | 'rect'
  | 'clip'
  | 'fillRect'
  | 'fill'
  | 'stroke'
  | 'arc'
  | 'fillText'
  | 'measureText'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'drawImage'
>

/** Builds a Path2D from an SVG path string: the same strings the page's SVG draws. */
export type MakePath = (d: string) => Path2D

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
