/** A number for reading: never "NaN" or "Infinity" in the page, short, with a sign when negative. */
export function formatNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '–'
  if (v === 0) return '0'
  const abs = Math.abs(v)
  if (abs >= 1e5 || abs < 1e-3) return v.toExponential(digits - 1).replace('e+', 'e')
  return String(Number(v.toPrecision(digits)))
}

/** (x, y) for reading. */
export const formatPoint = (x: number, y: number) => `(${formatNumber(x)}, ${formatNumber(y)})`

/** "1 step", "2 steps", "0 steps": a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}
