import { DIGIT_CLASSES, DIGIT_PIXELS, type DigitSet } from './digits'
import { HIDDEN, LAYOUT } from './mlp'
import type { Plane } from './projection'

const IN = DIGIT_PIXELS
const OUT = DIGIT_CLASSES

/**
 * The mean train loss on the plane, L(a, b) = loss(center + a·axis1 + b·axis2), made fast: the
 * first layer's pre-activations are linear in (a, b), so they are computed once for the centre
 * and each axis, and a point then costs the ReLU and the 32 × 10 second layer per image.
 * Equals evaluate(pointOnPlane(plane, a, b), set).loss up to rounding.
 */
export function planeLoss(set: DigitSet, plane: Plane): (a: number, b: number) => number {
  const parts = [plane.center, plane.axes[0], plane.axes[1]]
  const n = set.count
  const z1 = parts.map((w) => {
    const z = new Float64Array(n * HIDDEN)
    for (let e = 0; e < n; e++) {
      for (let j = 0; j < HIDDEN; j++) {
        let s = w[LAYOUT.b1 + j] as number
        const row = LAYOUT.w1 + j * IN
        for (let k = 0; k < IN; k++)
          s += (w[row + k] as number) * (set.pixels[e * IN + k] as number)
        z[e * HIDDEN + j] = s
      }
    }
    return z
  }) as [Float64Array, Float64Array, Float64Array]
  const h = new Float64Array(HIDDEN)
  const z = new Float64Array(OUT)
  const w2 = new Float64Array(LAYOUT.size - LAYOUT.w2)
  return (a, b) => {
    const [c, u, v] = parts as [Float64Array, Float64Array, Float64Array]
    for (let i = 0; i < w2.length; i++) {
      const at = LAYOUT.w2 + i
      w2[i] = (c[at] as number) + a * (u[at] as number) + b * (v[at] as number)
    }
    const b2 = LAYOUT.b2 - LAYOUT.w2
    let total = 0
    for (let e = 0; e < n; e++) {
      for (let j = 0; j < HIDDEN; j++) {
        const at = e * HIDDEN + j
        const s = (z1[0][at] as number) + a * (z1[1][at] as number) + b * (z1[2][at] as number)
        h[j] = s > 0 ? s : 0
      }
      let top = -Infinity
      const label = set.labels[e] as number
      let zLabel = 0
      for (let k = 0; k < OUT; k++) {
        let s = w2[b2 + k] as number
        for (let j = 0; j < HIDDEN; j++) s += (w2[k * HIDDEN + j] as number) * (h[j] as number)
        z[k] = s
        if (s > top) top = s
        if (k === label) zLabel = s
      }
      let sum = 0
      for (let k = 0; k < OUT; k++) sum += Math.exp((z[k] as number) - top)
      total += top + Math.log(sum) - zLabel
    }
    return total / n
  }
}
