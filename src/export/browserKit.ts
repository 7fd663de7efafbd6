import type { CanvasKit, Context2D } from './raster'

/** Rasters on OffscreenCanvas (in the export worker): the same canvas 2D the page's browser has. */
export const browserKit: CanvasKit = {
  create(width, height) {
    const canvas = new OffscreenCanvas(width, height)
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    if (!ctx) throw new Error('no 2D canvas in this worker')
    return {
      ctx: ctx as unknown as Context2D,
      image: canvas,
      pixels: () => ctx.getImageData(0, 0, width, height).data,
      png: async () =>
        new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer()),
    }
  },
  makePath: (d) => new Path2D(d),
}
