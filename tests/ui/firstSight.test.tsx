// @vitest-environment jsdom
// The page's first sight in jsdom: the preset story shows while its state does, keys move β in
// steps of β, and the model panel says what an accuracy lead means.
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { getModel } from '../../src/core/models'
import { epochRuns } from '../../src/ui/models/epochSeries'
import { trainingCaveat } from '../../src/ui/models/trainingCaveat'
import { momentumAfterKey } from '../../src/ui/momentumScale'
import { makeRunDeriver } from '../../src/state/deriver'
import { PRESETS, presetParams } from '../../src/state/presets'
import { pageCatalog as catalog } from '../../src/state/catalog'
import { renderExplorer } from '../fixtures/renderExplorer'

describe('keys on a Momentum slider move β itself', () => {
  test.each([
    [0.75, 'ArrowRight', 0.76],
    [0.75, 'ArrowLeft', 0.74],
    [0.75, 'ArrowUp', 0.76],
    [0.75, 'PageUp', 0.85],
    [0.75, 'PageDown', 0.65],
    [0.05, 'PageDown', 0],
    [0.99, 'ArrowRight', 0.999],
    [0.999, 'ArrowLeft', 0.99],
    [0.3, 'Home', 0],
    [0.3, 'End', 0.999],
  ])('β = %s, %s → %s', (beta, key, next) => {
    expect(momentumAfterKey(beta, key)).toBe(next)
  })
  test('other keys are the slider’s own', () => {
    expect(momentumAfterKey(0.5, 'Tab')).toBeNull()
    expect(momentumAfterKey(0.5, 'a')).toBeNull()
  })
  test('in the page, ArrowRight takes the run from 0.75 to 0.76', async () => {
    const { store } = renderExplorer()
    const slider = screen.getAllByRole('slider', { name: /^Momentum/ })[1]!
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    await waitFor(() => expect(store.getState().runs[1]!.momentum).toBe(0.76))
  })
})

describe('the preset story', () => {
  test('shows on the default page, and goes once the state is no longer the preset’s', async () => {
    const { store } = renderExplorer()
    expect(
      await screen.findByText(/Plain GD keeps bouncing across the steep direction/),
    ).toBeVisible()
    act(() => store.getState().setMomentum('r2', 0.5))
    await waitFor(() => expect(screen.queryByText(/Plain GD keeps bouncing/)).toBeNull())
  })
  test('a preset button shows its own story', async () => {
    renderExplorer()
    fireEvent.click(screen.getByRole('button', { name: 'Too much momentum' }))
    expect(await screen.findByText(/At 0\.97 the run overshoots the minimum/)).toBeVisible()
  })
  test('the presets are one tab stop; arrow keys move along them', () => {
    renderExplorer()
    const buttons = screen.getAllByRole('button').filter((b) => b.closest('[role="toolbar"]'))
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1)
    buttons[0]!.focus()
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' })
    expect(document.activeElement).toBe(buttons[1])
    fireEvent.keyDown(buttons[1]!, { key: 'End' })
    expect(document.activeElement).toBe(buttons.at(-1))
    expect(buttons.at(-1)!.tabIndex).toBe(0)
  })
})

describe('what an accuracy lead means', () => {
  test('at the training preset: GD has not finished, and the minimum’s own accuracy is stated', async () => {
    await catalog.load('logreg')
    const p = presetParams(PRESETS.find((x) => x.id === 'training')!)
    const model = getModel('logreg')!
    const results = makeRunDeriver()({ ...p, surface: catalog.find('logreg')! }, p.runs)
    const runs = epochRuns(results)!.runs
    const text = trainingCaveat(runs, model)!
    const atMin = model.accuracy!(model.test, [
      model.surface.minima[0]!.x,
      model.surface.minima[0]!.y,
    ])
    expect(text).toContain(`scores ${Math.round(atMin * 100)} % on the test set`)
    const gdLoss = runs[0]!.epochs.at(-1)!.trainLoss
    expect(gdLoss).toBeGreaterThan(model.surface.minima[0]!.f * 1.1)
    expect(text).toMatch(/gradient descent \([\d.]+\).* not finished training/)
  })
  test('says nothing when every run has reached the minimum’s loss', async () => {
    await catalog.load('logreg')
    const model = getModel('logreg-scaled')!
    const m = model.surface.minima[0]!
    const epochs = [{ epoch: 0, step: 0, trainLoss: m.f, testLoss: 0, testAccuracy: 0.9 }]
    const run = (id: string) => ({ id, label: id, color: '#000', epochs, hasDiverged: false })
    expect(trainingCaveat([run('a'), run('b')], model)).toBeNull()
  })
})
