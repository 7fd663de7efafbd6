// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { customSurface } from '../../../src/core/expression'
import { pathOf, renderExplorer } from '../../fixtures/renderExplorer'

const VIEW = { x: [-5, 5], y: [-5, 5] } as { x: [number, number]; y: [number, number] }
const HOSTILE = '<img src=x onerror=alert(1)>'

/** The explorer on a custom surface, once the editor and the parser have arrived. */
async function openCustom(f = 'x^2 + 10*y^2') {
  const r = renderExplorer({ surface: 'custom', f, view: VIEW })
  const field = await screen.findByRole('textbox', { name: 'f(x, y) =' }, { timeout: 10_000 })
  return { ...r, field }
}

const editor = () => screen.getByRole('region', { name: 'Your own function' })
const apply = () => fireEvent.click(within(editor()).getByRole('button', { name: 'Apply' }))
const typeF = (field: HTMLElement, text: string) =>
  fireEvent.change(field, { target: { value: text } })
/** Each NaN or Infinity in the markup, with a little context (empty when there is none). */
const nonFinite = (c: HTMLElement) =>
  [...c.innerHTML.matchAll(/NaN|Infinity/g)].map((m) =>
    c.innerHTML.slice(m.index - 60, m.index + 20),
  )
const contourD = (c: HTMLElement) =>
  [...c.querySelectorAll('.me-contours path')].map((p) => p.getAttribute('d')).join('|')

describe('the custom surface editor', { timeout: 20_000 }, () => {
  test('applying a valid expression redraws the contours and the trajectories', async () => {
    const { container, store, field } = await openCustom()
    await screen.findByText('f(x, y) = x^2 + 10*y^2', {}, { timeout: 5000 })
    const [contours, r1, r2] = [
      contourD(container),
      pathOf(container, 'r1'),
      pathOf(container, 'r2'),
    ]
    expect(contours).not.toBe('')
    const f = '(1-x)^2 + 100*(y-x^2)^2'
    typeF(field, f)
    fireEvent.change(screen.getByRole('spinbutton', { name: 'y min' }), { target: { value: '-1' } })
    fireEvent.change(screen.getByRole('spinbutton', { name: 'y max' }), { target: { value: '3' } })
    apply()
    await screen.findByText(`f(x, y) = ${f}`, {}, { timeout: 5000 })
    const view = { x: [-5, 5], y: [-1, 3] }
    expect(store.getState()).toMatchObject({ surface: 'custom', f, view })
    // The new landscape's own suggestions, straight from the core (not from the UI).
    const expected = customSurface(f, view as typeof VIEW)
    if (!expected.ok) throw new Error(expected.error.message)
    expect(store.getState().lr).toBe(expected.surface.suggestedLr)
    expect(store.getState().start).toEqual(expected.surface.defaultStart)
    expect(contourD(container)).not.toBe(contours)
    expect(pathOf(container, 'r1')).not.toBe(r1)
    expect(pathOf(container, 'r2')).not.toBe(r2)
    expect(nonFinite(container)).toEqual([])
  })

  test('submitting the form (Enter in the field) applies too', async () => {
    const { store, field } = await openCustom()
    typeF(field, 'x*y + x^2 + y^2')
    fireEvent.submit(field.closest('form')!)
    await waitFor(() => expect(store.getState().f).toBe('x*y + x^2 + y^2'))
  })

  test.for([
    { src: 'sin(x))', message: "unexpected ')' at 6", at: ')', column: 6 },
    { src: 'foo(x) + 1', message: "unknown name 'foo' at 0", at: 'f', column: 0 },
    { src: 'x^2 +', message: 'missing operand at end', at: ' ', column: 5 },
    { src: 'pi*r', message: "unknown name 'r' at 3", at: 'r', column: 3 },
    { src: 'x ^ 99999', message: 'exponent too large (limit 1000) at 4', at: '9', column: 4 },
  ])('"$src" shows "$message" with the caret under column $column', async (c) => {
    const { store, field } = await openCustom()
    typeF(field, c.src)
    const message = await screen.findByText(c.message)
    const box = message.closest('.me-expr-error')!
    expect(box.querySelector('mark')?.textContent).toBe(c.at)
    // The caret line: as many blanks as characters before the mark, then '^'.
    const caret = box.querySelector('.me-expr-caret')!.textContent!
    expect(caret).toBe(`${' '.repeat(c.column)}^`)
    expect(box.querySelector('code')!.textContent).toBe(
      c.src.length === c.column ? `${c.src} ` : c.src,
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(new RegExp(c.message.replace(/[()^]/g, '\\$&')))
    apply()
    expect(store.getState().f).toBe('x^2 + 10*y^2')
  })

  test('a long expression is cut to a window around the mistake, with ellipses', async () => {
    const { field } = await openCustom()
    const src = `${'x+'.repeat(40)})${'+y'.repeat(40)}`
    typeF(field, src)
    const message = await screen.findByText("unexpected ')' at 80")
    const box = message.closest('.me-expr-error')!
    expect(box.querySelector('mark')?.textContent).toBe(')')
    const echo = box.querySelector('code')!.textContent!
    expect(echo.startsWith('…') && echo.endsWith('…')).toBe(true)
    expect(echo.length).toBeLessThan(45)
    expect(box.querySelector('.me-expr-caret')!.textContent!.indexOf('^')).toBe(echo.indexOf(')'))
  })

  test('a hostile expression is only ever text', async () => {
    const { container, store, field } = await openCustom()
    typeF(field, HOSTILE)
    await screen.findByText("unexpected character '<' at 0")
    fireEvent.submit(field.closest('form')!)
    expect(store.getState().f).toBe('x^2 + 10*y^2')
    expect(container.querySelector('img')).toBeNull()
    expect(document.querySelector('[onerror]')).toBeNull()
    // Only the first characters fit in the echo's window; all of it is in the field, as text.
    expect(container.querySelector('.me-expr-echo code')!.textContent).toBe(
      `${HOSTILE.slice(0, 19)}…`,
    )
    expect(field).toHaveValue(HOSTILE)
  })

  test('a hostile expression from the link is shown as text, with the stand-in surface named', async () => {
    const { container } = renderExplorer({ surface: 'custom', f: HOSTILE, view: VIEW })
    await screen.findByText(/This function cannot be drawn \(unexpected character '<' at 0\)/)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByRole('textbox', { name: 'f(x, y) =' })).toHaveValue(HOSTILE)
  })

  test.for([
    { field: 'x min', value: '7', message: 'x min must be less than x max', marked: 'x max' },
    { field: 'y max', value: '-9', message: 'y min must be less than y max', marked: 'y max' },
    { field: 'x max', value: '', message: 'x max must be a number', marked: 'x max' },
    { field: 'y min', value: '-2e6', message: 'y min must be within ±1000000', marked: 'y min' },
  ])('a view with $field = "$value" says "$message" and is not applied', async (c) => {
    const { store } = await openCustom()
    const input = screen.getByRole('spinbutton', { name: c.field })
    fireEvent.change(input, { target: { value: c.value } })
    await screen.findByText(c.message)
    apply()
    await act(async () => {})
    expect(store.getState().view).toEqual(VIEW)
    const marked = screen.getByRole('spinbutton', { name: c.marked })
    expect(marked).toHaveAttribute('aria-invalid', 'true')
    expect(marked).toHaveAccessibleDescription(c.message)
    expect(marked).toHaveFocus()
  })

  test('a function undefined on part of the view says how much and where', async () => {
    const { container, field } = await openCustom()
    typeF(field, 'log(x)')
    apply()
    // log(x) is undefined for x ≤ 0: the left half of [-5, 5] × [-5, 5].
    await screen.findByText(
      /f is undefined on 50 % of the view\b.*x -5 to 0, y -5 to 5/,
      {},
      { timeout: 5000 },
    )
    typeF(field, 'sqrt(1-x^2-y^2)')
    apply()
    // Defined only on the unit disc: 1 − π/100 ≈ 97 % of the view is undefined.
    await screen.findByText(/f is undefined on 97 % of the view/, {}, { timeout: 5000 })
    expect(nonFinite(container)).toEqual([])
  })

  test('an example button applies its function and view', async () => {
    const { store } = await openCustom()
    const examples = screen.getByRole('group', { name: 'Examples:' })
    expect(within(examples).getAllByRole('button')).toHaveLength(3)
    fireEvent.click(
      within(examples).getByRole('button', { name: 'Example: (1-x)^2 + 100*(y-x^2)^2' }),
    )
    await waitFor(() => expect(store.getState().f).toBe('(1-x)^2 + 100*(y-x^2)^2'))
    expect(store.getState().view).toEqual({ x: [-2, 2], y: [-1, 3] })
    expect(screen.getByRole('spinbutton', { name: 'x min' })).toHaveValue(-2)
  })

  test('a change made elsewhere (a preset, the link) replaces the draft', async () => {
    const { store, field } = await openCustom()
    typeF(field, 'half typed +')
    act(() => store.getState().setCustom('x*y', { x: [-1, 1], y: [-2, 2] }))
    expect(field).toHaveValue('x*y')
    expect(screen.getByRole('spinbutton', { name: 'y max' })).toHaveValue(2)
  })
})
