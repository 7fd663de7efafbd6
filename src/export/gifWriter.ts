import { applyPalette, GIFEncoder, quantize, type Palette } from 'gifenc'

/** The colour index that means "unchanged since the last frame". */
const KEEP = 255

/** '#D55E00' → [213, 94, 0]; anything else → null. */
export function rgbOf(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!m) return null
  const v = parseInt(m[1] as string, 16)
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255]
}

/**
 * One palette for every frame: the colours that must stay exact (the runs', the text's) first,
 * then gifenc's quantisation of a reference frame (the last: it has every colour) for the rest,
 * and a last entry kept for "unchanged". A shared palette also keeps the contours from flickering.
 */
export function paletteFor(reference: Uint8ClampedArray, exact: readonly string[]): Palette {
  const fixed: number[][] = []
  for (const hex of exact) {
    const rgb = rgbOf(hex)
    if (rgb && !fixed.some((c) => c.every((v, i) => v === rgb[i]))) fixed.push(rgb)
  }
  const isFixed = (c: number[]) => fixed.some((f) => f.every((v, i) => v === c[i]))
  const rest = quantize(reference, KEEP - fixed.length, { format: 'rgb565' })
  return [...fixed, ...rest.filter((c) => !isFixed(c))].slice(0, KEEP)
}

/**
 * An animated GIF written frame by frame: each frame after the first stores only the pixels that
 * changed (the rest are transparent and the previous frame shows through), so a frame where one
 * run grows by a step costs little more than that step.
 */
export function createGifWriter(o: {
  width: number
  height: number
  palette: Palette
  loop: boolean
  /** How many of the palette's first entries must stay exact (paletteFor puts them first). */
  exact?: number
}) {
  const encoder = GIFEncoder()
  const full: Palette = [...o.palette]
  while (full.length <= KEEP) full.push([0, 0, 0])
  const pin = exactPins(o.palette, o.exact ?? 0)
  let previous: Uint8Array | null = null
  return {
    add(rgba: Uint8ClampedArray, delayMs: number) {
      const index = pin(rgba, applyPalette(rgba, o.palette, 'rgb565'))
      const out = previous ? delta(index, previous) : index
      encoder.writeFrame(out, o.width, o.height, {
        // The first frame's palette is the global one; the others use it too (no local tables).
        ...(previous ? {} : { palette: full }),
        delay: delayMs,
        repeat: o.loop ? 0 : -1,
        transparent: previous !== null,
        transparentIndex: KEEP,
        dispose: 1, // keep this frame: the next one draws over it
      })
      previous = index
    },
    finish(): Uint8Array {
      encoder.finish()
      return encoder.bytesView()
    },
  }
}

function delta(index: Uint8Array, previous: Uint8Array): Uint8Array {
  const out = new Uint8Array(index.length)
  for (let i = 0; i < index.length; i++)
    out[i] = index[i] === previous[i] ? KEEP : (index[i] as number)
  return out
}

/**
 * gifenc's rgb565 lookup gives every colour of a 5-6-5 bucket the index nearest to the first
 * colour it met there: a dark anti-aliased edge can take black's bucket, and black pixels then
 * get that edge's index. Pixels that are exactly one of the first `count` colours get its index.
 */
function exactPins(palette: Palette, count: number) {
  const pins = new Map<number, number>()
  // A 5-6-5 bucket flag first: most pixels are in no exact colour's bucket and skip the Map.
  const buckets = new Uint8Array(1 << 16)
  const bucket = (r: number, g: number, b: number) =>
    ((r & 0xf8) << 8) | ((g & 0xfc) << 3) | (b >> 3)
  palette.slice(0, count).forEach(([r = 0, g = 0, b = 0], i) => {
    pins.set((r << 16) | (g << 8) | b, i)
    buckets[bucket(r, g, b)] = 1
  })
  return (rgba: Uint8ClampedArray, index: Uint8Array): Uint8Array => {
    for (let i = 0, p = 0; i < index.length; i++, p += 4) {
      const r = rgba[p] as number
      const g = rgba[p + 1] as number
      const b = rgba[p + 2] as number
      if (buckets[bucket(r, g, b)] === 0) continue
      const at = pins.get((r << 16) | (g << 8) | b)
      if (at !== undefined) index[i] = at
    }
    return index
  }
}
