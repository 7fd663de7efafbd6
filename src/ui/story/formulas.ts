import type { StoryFormula } from '../../state/storySteps'

/** A formula as TeX (for KaTeX) and as plain text (shown until KaTeX arrives, and without it). */
export interface Formula {
  readonly label: string
  readonly tex: string
  readonly text: string
}

export const FORMULAS: Readonly<Record<StoryFormula, Formula>> = {
  gd: {
    label: 'Gradient descent',
    tex: String.raw`w_{k+1} = w_k - \alpha\,\nabla f(w_k)`,
    text: 'w(k+1) = w(k) − α ∇f(w(k))',
  },
  'heavy-ball': {
    label: 'Momentum (heavy ball, as PyTorch’s SGD)',
    tex: String.raw`v_{k+1} = \beta\,v_k + \nabla f(w_k), \qquad w_{k+1} = w_k - \alpha\,v_{k+1}`,
    text: 'v(k+1) = β v(k) + ∇f(w(k)),  w(k+1) = w(k) − α v(k+1)',
  },
  'moving-average': {
    label: 'Moving average (heavy ball at α(1 − β))',
    tex: String.raw`v_{k+1} = \beta\,v_k + (1-\beta)\,\nabla f(w_k), \qquad w_{k+1} = w_k - \alpha\,v_{k+1}`,
    text: 'v(k+1) = β v(k) + (1 − β) ∇f(w(k)),  w(k+1) = w(k) − α v(k+1)',
  },
  theory: {
    label: 'The best pair on a quadratic with curvatures μ ≤ L, κ = L/μ',
    tex: String.raw`\alpha^* = \left(\dfrac{2}{\sqrt{L}+\sqrt{\mu}}\right)^{2}, \qquad \beta^* = \left(\dfrac{\sqrt{\kappa}-1}{\sqrt{\kappa}+1}\right)^{2}`,
    text: 'α* = (2 / (√L + √μ))²,  β* = ((√κ − 1) / (√κ + 1))²',
  },
}
