import type { Landscape } from './landscape'

/**
 * A work allowance in node evaluations (one f call on an n-node expression costs n), so the
 * numerical searches on a huge expression stop early instead of freezing the page.
 */
export class Budget {
  left: number
  constructor(nodeEvaluations: number) {
    this.left = nodeEvaluations
  }
  get isSpent(): boolean {
    return this.left <= 0
  }
}

/** The same landscape, charging the budget `cost` per f call and 3·cost per gradient. */
export function metered<T extends Landscape>(s: T, budget: Budget, cost: number): T {
  return {
    ...s,
    f: (x: number, y: number) => {
      budget.left -= cost
      return s.f(x, y)
    },
    grad: (x: number, y: number) => {
      budget.left -= 3 * cost // one dual pass carries a value and two tangents
      return s.grad(x, y)
    },
  }
}
