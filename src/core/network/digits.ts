import { mulberry32, shuffleInPlace } from '../models/random'

/** Pixels per image (8 × 8) and the number of classes (the digits 0–9). */
export const DIGIT_PIXELS = 64
export const DIGIT_CLASSES = 10
/** Bytes per record in the shipped file: the label, then the 64 pixels (0–16), row by row. */
export const DIGIT_RECORD_BYTES = 1 + DIGIT_PIXELS
/** Images in the UCI / scikit-learn set, and how many of them the model trains on. */
export const DIGIT_COUNT = 1797
export const DIGIT_TRAIN_COUNT = 1347
/** The fixed seed of the train/test split: every run and every reader sees the same split. */
export const DIGIT_SPLIT_SEED = 24

/** Images with labels: pixels[i·64 + k] in [0, 1] is pixel k of image i. */
export interface DigitSet {
  readonly count: number
  readonly pixels: Float64Array
  readonly labels: Uint8Array
}

/** The examples the network trains on and the ones it is tested on. */
export interface DigitSplit {
  readonly train: DigitSet
  readonly test: DigitSet
}

/**
 * Reads the shipped records (label byte, then 64 pixel bytes 0–16) into a DigitSet with pixels
 * scaled to [0, 1]. Throws on a truncated file or an out-of-range byte: bad data never trains.
 */
export function parseDigits(bytes: Uint8Array): DigitSet {
  if (bytes.length === 0 || bytes.length % DIGIT_RECORD_BYTES !== 0) {
    throw new Error(`digits: ${bytes.length} bytes is not a whole number of 65-byte records`)
  }
  const count = bytes.length / DIGIT_RECORD_BYTES
  const pixels = new Float64Array(count * DIGIT_PIXELS)
  const labels = new Uint8Array(count)
  for (let i = 0; i < count; i++) {
    const at = i * DIGIT_RECORD_BYTES
    const label = bytes[at] as number
    if (label >= DIGIT_CLASSES) throw new Error(`digits: record ${i} has label ${label}`)
    labels[i] = label
    for (let k = 0; k < DIGIT_PIXELS; k++) {
      const v = bytes[at + 1 + k] as number
      if (v > 16) throw new Error(`digits: record ${i} has pixel value ${v}`)
      pixels[i * DIGIT_PIXELS + k] = v / 16
    }
  }
  return { count, pixels, labels }
}

/** The images at `indices`, in that order. */
export function pickDigits(set: DigitSet, indices: readonly number[]): DigitSet {
  const pixels = new Float64Array(indices.length * DIGIT_PIXELS)
  const labels = new Uint8Array(indices.length)
  indices.forEach((from, to) => {
    pixels.set(
      set.pixels.subarray(from * DIGIT_PIXELS, (from + 1) * DIGIT_PIXELS),
      to * DIGIT_PIXELS,
    )
    labels[to] = set.labels[from] as number
  })
  return { count: indices.length, pixels, labels }
}

/** The image indices of the split: a Fisher–Yates shuffle of 0 … count − 1 by mulberry32(seed). */
export function splitOrder(count: number, seed = DIGIT_SPLIT_SEED): number[] {
  return shuffleInPlace(
    Array.from({ length: count }, (_, i) => i),
    mulberry32(seed),
  )
}

/**
 * A fixed, seeded train/test split: the first `trainCount` shuffled images train, the rest test.
 * @example splitDigits(parseDigits(bytes)) // 1,347 train and 450 test images
 */
export function splitDigits(
  set: DigitSet,
  trainCount = Math.round((set.count * DIGIT_TRAIN_COUNT) / DIGIT_COUNT),
  seed = DIGIT_SPLIT_SEED,
): DigitSplit {
  const order = splitOrder(set.count, seed)
  return {
    train: pickDigits(set, order.slice(0, trainCount)),
    test: pickDigits(set, order.slice(trainCount)),
  }
}
