/** A point or direction in the plane, in surface coordinates. */
export type Vec2 = readonly [number, number]

/** a·x + y: every update rule computes in this order, per coordinate (see optimizers.ts). */
export const axpy = (a: number, x: Vec2, y: Vec2): Vec2 => [a * x[0] + y[0], a * x[1] + y[1]]

/** s·v. */
export const scale = (s: number, v: Vec2): Vec2 => [s * v[0], s * v[1]]

/** a − b. */
export const sub = (a: Vec2, b: Vec2): Vec2 => [a[0] - b[0], a[1] - b[1]]

/** Dot product. */
export const dot = (a: Vec2, b: Vec2): number => a[0] * b[0] + a[1] * b[1]

/** Euclidean length. */
export const norm = (v: Vec2): number => Math.hypot(v[0], v[1])

/** True when both coordinates are finite numbers. */
export const isFiniteVec = (v: Vec2): boolean => Number.isFinite(v[0]) && Number.isFinite(v[1])

/** Points → their coordinates interleaved (x0, y0, x1, y1, …): one array, to draw or to send. */
export function flatten(points: readonly Vec2[]): Float64Array {
  const out = new Float64Array(points.length * 2)
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Vec2
    out[2 * i] = p[0]
    out[2 * i + 1] = p[1]
  }
  return out
}

/** Interleaved coordinates → the first `count` points (all of them by default). */
export function pairsOf(flat: ArrayLike<number>, count = Math.floor(flat.length / 2)): Vec2[] {
  const out: Vec2[] = new Array(count)
  for (let i = 0; i < count; i++) out[i] = [flat[2 * i] as number, flat[2 * i + 1] as number]
  return out
}
