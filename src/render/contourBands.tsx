import type { ContourBand } from './contours'

/** How opaque and how thick the white outline between two bands is. */
export interface BandOutline {
  readonly strokeOpacity: number
  readonly strokeWidth: number
}

// A function, not a component: the first chunk (at its budget) and React's tree stay as they were.
/** Filled contour bands as paths, outlined in white so neighbouring shades stay apart. */
export const contourBands = (bands: readonly ContourBand[], outline: BandOutline) =>
  bands.map((b) => <path key={b.value} d={b.d} fill={b.fill} stroke="#fff" {...outline} />)
