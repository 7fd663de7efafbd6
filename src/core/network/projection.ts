/** The plane through the mean of some weight vectors spanned by their top two principal directions. */
export interface Plane {
  readonly center: Float64Array
  /** Orthonormal directions in weight space, largest variance first. */
  readonly axes: readonly [Float64Array, Float64Array]
  /** Variance along each axis and in total (sums of squared deviations, not divided by n). */
  readonly variances: readonly [number, number]
  readonly totalVariance: number
  /** Share of the total variance the plane holds, in [0, 1]: 1 when every point lies in it. */
  readonly explained: number
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number)
  return s
}

/** Orthonormalises the two columns in place (Gram–Schmidt); a vanished column becomes 0. */
function orthonormalise(u: Float64Array, v: Float64Array) {
  const nu = Math.sqrt(dot(u, u))
  for (let i = 0; i < u.length; i++) u[i] = nu > 0 ? (u[i] as number) / nu : 0
  const p = dot(u, v)
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) - p * (u[i] as number)
  const nv = Math.sqrt(dot(v, v))
  for (let i = 0; i < v.length; i++) v[i] = nv > 0 ? (v[i] as number) / nv : 0
}

/**
 * The top two principal directions of `points` (PCA of weight snapshots, as Li et al. 2018,
 * "Visualizing the Loss Landscape of Neural Nets", https://arxiv.org/abs/1712.09913, §7). Works on
 * the m × m Gram matrix of the centred points, so it costs m²·n, not n²; its top two eigenvectors
 * come from subspace iteration with a Rayleigh–Ritz step. Signs put the first point at negative
 * coordinates, so training runs up and to the right. Needs at least one point; all of one length.
 */
export function principalPlane(points: readonly Float64Array[]): Plane {
  const m = points.length
  const n = points[0]?.length ?? 0
  const center = new Float64Array(n)
  for (const p of points)
    for (let i = 0; i < n; i++) center[i] = (center[i] as number) + (p[i] as number) / m
  const rows = points.map((p) => p.map((v, i) => v - (center[i] as number)))
  const gram = new Float64Array(m * m)
  for (let r = 0; r < m; r++) {
    for (let c = r; c < m; c++) {
      const v = dot(rows[r] as Float64Array, rows[c] as Float64Array)
      gram[r * m + c] = v
      gram[c * m + r] = v
    }
  }
  let total = 0
  for (let r = 0; r < m; r++) total += gram[r * m + r] as number
  const times = (q: Float64Array) => {
    const out = new Float64Array(m)
    for (let r = 0; r < m; r++) out[r] = dot(gram.subarray(r * m, (r + 1) * m), q)
    return out
  }
  let u = Float64Array.from({ length: m }, (_, i) => 1 + Math.sin(i + 1))
  let v = Float64Array.from({ length: m }, (_, i) => Math.cos(2 * i + 1))
  orthonormalise(u, v)
  for (let iter = 0; iter < 3000; iter++) {
    const [ku, kv] = [times(u), times(v)]
    orthonormalise(ku, kv)
    const change = Math.abs(1 - Math.abs(dot(ku, u))) + Math.abs(1 - Math.abs(dot(kv, v)))
    ;[u, v] = [ku, kv]
    if (change < 1e-15) break
  }
  // Rayleigh–Ritz: the exact eigenvectors of K restricted to span(u, v)
  const [ku, kv] = [times(u), times(v)]
  const [a, b, d] = [dot(u, ku), dot(u, kv), dot(v, kv)]
  const theta = 0.5 * Math.atan2(2 * b, a - d)
  const [cs, sn] = [Math.cos(theta), Math.sin(theta)]
  const e1 = u.map((x, i) => cs * x + sn * (v[i] as number))
  const e2 = u.map((x, i) => -sn * x + cs * (v[i] as number))
  const axisOf = (e: Float64Array) => {
    const axis = new Float64Array(n)
    rows.forEach((row, r) => {
      const k = e[r] as number
      for (let i = 0; i < n; i++) axis[i] = (axis[i] as number) + k * (row[i] as number)
    })
    const norm = Math.sqrt(dot(axis, axis))
    const first = rows[0] as Float64Array
    const sign = dot(axis, first) > 0 ? -1 : 1
    for (let i = 0; i < n; i++) axis[i] = norm > 0 ? (sign * (axis[i] as number)) / norm : 0
    return { axis, variance: dot(e, times(e)) }
  }
  const [p1, p2] = [axisOf(e1), axisOf(e2)]
  const [first, second] = p1.variance >= p2.variance ? [p1, p2] : [p2, p1]
  const explained = total > 0 ? Math.min(1, (first.variance + second.variance) / total) : 1
  return {
    center,
    axes: [first.axis, second.axis],
    variances: [first.variance, second.variance],
    totalVariance: total,
    explained,
  }
}

/** Coordinates of `w` in the plane: its offsets from the centre along the two axes. */
export function projectOnto(plane: Plane, w: Float64Array): [number, number] {
  const d = w.map((v, i) => v - (plane.center[i] as number))
  return [dot(d, plane.axes[0]), dot(d, plane.axes[1])]
}

/** The weight vector at plane coordinates (a, b): center + a·axis1 + b·axis2. */
export function pointOnPlane(plane: Plane, a: number, b: number): Float64Array {
  const [u, v] = plane.axes
  return plane.center.map((c, i) => c + a * (u[i] as number) + b * (v[i] as number))
}
