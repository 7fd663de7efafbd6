// Two-parameter models on small generated data sets: their training loss as a Surface, and
// (mini-batch) training runs with per-epoch train loss, test loss and test accuracy.
export * from './data'
export * from './ids'
export * from './linearRegression'
export * from './logisticRegression'
export * from './model'
export * from './preset'
export * from './random'
export * from './registry'
export * from './training'
