// The optimizer core: pure, deterministic float64 math. Never imports React, the DOM, zustand or d3.
export * from './vec'
export * from './surfaces'
export * from './optimizers'
export * from './trajectory'
export * from './metrics'
export * from './quadratic'
export * from './valley'
export * from './summary'
