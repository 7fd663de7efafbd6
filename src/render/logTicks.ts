const mantissa = (v: number) => Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9))

/**
 * Ticks for a log axis over [lo, hi], ascending, at most six, and at least one whenever
 * 0 < lo ≤ hi: every 1–9 multiple when the range is short, then only 1, 2, 4, 6 and 8, then
 * 1, 2 and 5, then (every k-th) power of ten. A range between two such values (1.1–1.9) gets
 * linear ticks, and one too narrow even for those gets lo itself, so the curve always has a label.
 */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo) || !Number.isFinite(hi)) return []
  const [from, to] = [Math.floor(Math.log10(lo)), Math.ceil(Math.log10(hi))]
  if (to - from > 6) return powerTicks(lo, hi, from, to)
  const all = decadeTicks(lo, hi, [1, 2, 3, 4, 5, 6, 7, 8, 9])
  if (all.length === 0) {
    return linearTicks(lo, hi)
  }
  for (const keep of [null, [1, 2, 4, 6, 8], [1, 2, 5], [1]]) {
    const ticks = keep ? all.filter((v) => keep.includes(mantissa(v))) : all
    if (ticks.length > 0 && ticks.length <= 6) return ticks
  }
  return all.slice(0, 1)
}

/**
 * Each mantissa times each power of ten inside [lo, hi], ascending: every tick of a log axis
 * comes from here, `logTicks` then thins them, the tuning map picks its mantissas by label width.
 */
export function decadeTicks(lo: number, hi: number, mantissas: readonly number[]): number[] {
  const ticks: number[] = []
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++)
    for (const m of mantissas) {
      const v = Number((m * 10 ** p).toPrecision(12))
      if (v >= lo && v <= hi) ticks.push(v)
    }
  return ticks
}

/** Every k-th power of ten from 10^from to 10^to inside [lo, hi], at most six (over six decades). */
function powerTicks(lo: number, hi: number, from: number, to: number): number[] {
  const inside: number[] = []
  for (let p = from; p <= to; p++)
    if (Number(`1e${p}`) >= lo && Number(`1e${p}`) <= hi) inside.push(p)
  const every = Math.ceil(inside.length / 6)
  return inside.filter((_, i) => i % every === 0).map((p) => Number(`1e${p}`))
}

/** A tick's label, up to six digits: plain from 0.001 to 9999, else like "2e-7". */
export function tickLabel(v: number): string {
  if (v === 0) return '0'
  const a = Math.abs(v)
  if (a >= 1e-3 && a < 1e4) return String(Number(v.toPrecision(6)))
  const [m, e] = v.toExponential(5).split('e')
  return `${Number(m)}e${Number(e)}`
}

/** Multiples of 1, 2, 5 or 10 × a power of ten inside [lo, hi] (at most six), else [lo]. */
function linearTicks(lo: number, hi: number): number[] {
  const unit = 10 ** Math.floor(Math.log10(hi - lo))
  if (!(unit > 0) || !Number.isFinite(unit)) return [lo]
  for (const f of [1, 2, 5, 10]) {
    const step = unit * f
    const out: number[] = []
    const last = Math.floor(hi / step)
    // Counted, not compared with `last` alone: past 2^53, i++ would no longer move i.
    for (let i = Math.ceil(lo / step), n = 0; i <= last && n <= 12; i++, n++) {
      const v = Number((i * step).toPrecision(12))
      if (v >= lo && v <= hi) out.push(v)
    }
    if (out.length > 0 && out.length <= 6) return out
  }
  return [lo]
}
