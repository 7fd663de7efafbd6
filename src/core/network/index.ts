// A real network on real data: the 8×8 digits, a 64 → 32 → 10 ReLU network trained with the
// core's update rules on its whole weight vector, and the plane its trajectories are shown on.
export * from './digits'
export * from './mlp'
export * from './training'
export * from './vecSteps'
export * from './projection'
export * from './landscape'
