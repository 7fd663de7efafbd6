// Stands in for d3-format in the built bundles (vite.config.ts, D3_FORMAT_ALIAS): d3-scale's
// `tickFormat` methods import it, and the figure never calls them (ui/format.ts and the charts
// label their own ticks), yet no bundler can drop a method (docs/performance.md).
const notBundled = (): never => {
  throw new Error('d3-format is not in this bundle: label ticks with ui/format.ts, not tickFormat')
}
export const format = notBundled
export const formatPrefix = notBundled
export const formatSpecifier = notBundled
export const precisionFixed = notBundled
export const precisionPrefix = notBundled
export const precisionRound = notBundled
