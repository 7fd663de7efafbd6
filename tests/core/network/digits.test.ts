import { describe, expect, test } from 'vitest'
import {
  DIGIT_COUNT,
  DIGIT_TRAIN_COUNT,
  parseDigits,
  splitDigits,
  splitOrder,
} from '../../../src/core/network'
import { digitBytes, digits } from '../../fixtures/digits'

describe('the shipped digits file', () => {
  const { all } = digits()
  test('holds the 1,797 images of the UCI set with pixels scaled to [0, 1]', () => {
    expect(all.count).toBe(DIGIT_COUNT)
    expect(Math.min(...all.pixels)).toBe(0)
    expect(Math.max(...all.pixels)).toBe(1)
    const perClass = Array.from({ length: 10 }, (_, c) => all.labels.filter((l) => l === c).length)
    // the class sizes of scikit-learn's load_digits
    expect(perClass).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
  })
  test('a truncated file or an out-of-range byte is refused, never trained on', () => {
    const bytes = digitBytes()
    expect(() => parseDigits(bytes.subarray(0, 100))).toThrow(/65-byte records/)
    expect(() => parseDigits(new Uint8Array(0))).toThrow()
    const badLabel = bytes.slice(0, 65)
    badLabel[0] = 10
    expect(() => parseDigits(badLabel)).toThrow(/label 10/)
    const badPixel = bytes.slice(0, 65)
    badPixel[5] = 17
    expect(() => parseDigits(badPixel)).toThrow(/pixel value 17/)
  })
})

describe('the train/test split', () => {
  const { all, split } = digits()
  test('is 1,347 / 450 images, disjoint, and covers the set', () => {
    expect(split.train.count).toBe(DIGIT_TRAIN_COUNT)
    expect(split.test.count).toBe(450)
    const order = splitOrder(all.count)
    expect(new Set(order).size).toBe(all.count)
    expect(split.train.labels[0]).toBe(all.labels[order[0] as number])
    expect(split.test.labels[0]).toBe(all.labels[order[DIGIT_TRAIN_COUNT] as number])
    expect(split.test.pixels.subarray(0, 64)).toEqual(
      all.pixels.subarray(
        (order[DIGIT_TRAIN_COUNT] as number) * 64,
        ((order[DIGIT_TRAIN_COUNT] as number) + 1) * 64,
      ),
    )
  })
  test('is fixed by its seed: the same every time, another with another seed', () => {
    expect(splitOrder(all.count)).toEqual(splitOrder(all.count))
    expect(splitDigits(all).train.labels).toEqual(split.train.labels)
    expect(splitOrder(all.count, 7)).not.toEqual(splitOrder(all.count))
  })
  test('every digit is in both parts', () => {
    for (const part of [split.train, split.test]) {
      expect(new Set(part.labels).size).toBe(10)
    }
  })
})
