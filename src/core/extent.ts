// Loops instead of spreading an array into Math.min, Math.max or push: a spread passes every
// element as an argument, which overflows the call stack for data-sized arrays (65 536 in Safari).

/** The smallest of `values` and `start` (Infinity by default); NaN entries are skipped. */
export function minOf(values: Iterable<number>, start = Infinity): number {
  let lo = start
  for (const v of values) if (v < lo) lo = v
  return lo
}

/** The largest of `values` and `start` (−Infinity by default); NaN entries are skipped. */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let hi = start
  for (const v of values) if (v > hi) hi = v
  return hi
}

/** Appends every item of `items` to `target` (one push per item) and returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}
