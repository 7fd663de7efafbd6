/** A source of uniform numbers in [0, 1). */
export type Random = () => number

/**
 * Mulberry32: a tiny, fast 32-bit seeded PRNG. Same seed, same sequence, on every JS engine.
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 * @example const rand = mulberry32(42); const u = rand() // in [0, 1)
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A standard normal draw (Box–Muller); consumes two uniforms. */
export function gaussian(rand: Random): number {
  const u = 1 - rand() // in (0, 1], so the log is finite
  const v = rand()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

/** Shuffles `items` in place (Fisher–Yates) with `rand`, and returns it. */
export function shuffleInPlace<T>(items: T[], rand: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const tmp = items[i] as T
    items[i] = items[j] as T
    items[j] = tmp
  }
  return items
}
