// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { customSurface } from '../../../src/core/expression'
import { renderExplorer } from '../../fixtures/renderExplorer'

const VIEW = { x: [-5, 5], y: [-5, 5] } as { x: [number, number]; y: [number, number] }
const HINT = /suits this bowl|already suits it/

/** The lr a link to this f opens with (the surface's own suggestion). */
function suggestedLr(f: string): number {
  const r = customSurface(f, VIEW)
  if (!r.ok) throw new Error(r.error.message)
  return r.surface.suggestedLr
}

describe('the β hint in the custom surface editor', { timeout: 20_000 }, () => {
  test('x^2 + 10*y^2: says β ≈ 0.27, and its button gives the momentum run that β', async () => {
    const f = 'x^2 + 10*y^2'
    const runs = [
      { id: 'r1', momentum: 0, rule: 'heavy-ball' as const },
      { id: 'r2', momentum: 0.9, rule: 'heavy-ball' as const },
    ]
    const { store } = renderExplorer({ surface: 'custom', f, view: VIEW, lr: suggestedLr(f), runs })
    const hint = await screen.findByText(
      /β ≈ 0\.27 suits this bowl; 0\.9 is too much\./,
      {},
      {
        timeout: 10_000,
      },
    )
    expect(hint.textContent).toContain('(κ = 10)')
    fireEvent.click(screen.getByRole('button', { name: 'Use β = 0.27 for momentum 0.9' }))
    expect(store.getState().runs.map((r) => r.momentum)).toEqual([0, 0.27])
    // The sentence follows the runs: now about right, and nothing left to apply.
    await screen.findByText(/0\.27 is about right\./)
    expect(screen.queryByRole('button', { name: /^Use β/ })).toBeNull()
  })

  test('it follows the minimum nearest the start and is gone where the Hessian is singular', async () => {
    const { store } = renderExplorer({
      surface: 'custom',
      f: 'x^2 + 10*y^2',
      view: VIEW,
    })
    await screen.findByText(HINT, {}, { timeout: 10_000 })
    store.getState().setCustom('x^4 + y^2', VIEW)
    await screen.findByText('f(x, y) = x^4 + y^2', {}, { timeout: 5000 })
    expect(screen.queryByText(HINT)).toBeNull()
    store.getState().setCustom('2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2', VIEW)
    store.getState().setStart([-2, 1])
    // The side minimum's bowl: curvatures there, not at (0, 0).
    const side = await screen.findByText(
      /Near the minimum at \(-1\.75, 0\.874\)/,
      {},
      { timeout: 5000 },
    )
    expect(side.textContent).toMatch(HINT)
    store.getState().setStart([0.3, 0.2])
    await waitFor(() => expect(screen.getByText(HINT).textContent).toMatch(/at \(0, 0\)/))
  })
})
