/** A log-scaled slider: positions are log10 of the value in hundredths of a decade. */
export const toLogPosition = (value: number) => Math.round(Math.log10(value) * 100)
export const fromLogPosition = (position: number) => Number((10 ** (position / 100)).toPrecision(3))
