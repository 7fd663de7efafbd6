// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { adoptStyles } from '../../src/embed/shadowStyles'
import { onStyles, registerStyles } from '../../src/embed/styleRegistry'

const styleTexts = (root: ShadowRoot) =>
  [...root.querySelectorAll('style')].map((s) => s.textContent)

test('a lazily loaded stylesheet reaches every followed shadow root once, and no other', () => {
  registerStyles('.me-early { color: red }')
  const [a, b] = [0, 1].map(() => document.createElement('div').attachShadow({ mode: 'open' }))
  const stopA = adoptStyles(a!)
  const stopB = adoptStyles(b!)
  expect(styleTexts(a!)).toContain('.me-early { color: red }') // registered before: still given
  stopB()
  registerStyles('.me-late { color: blue }')
  registerStyles('.me-late { color: blue }')
  expect(styleTexts(a!).filter((t) => t === '.me-late { color: blue }')).toHaveLength(1)
  expect(styleTexts(b!)).not.toContain('.me-late { color: blue }')
  const again = adoptStyles(a!) // reconnecting adds nothing twice
  expect(styleTexts(a!)).toHaveLength(new Set(styleTexts(a!)).size)
  again()
  stopA()
})

test('onStyles replays what was registered, then follows until stopped', () => {
  const seen: string[] = []
  registerStyles('.me-one {}')
  const stop = onStyles((css) => seen.push(css))
  registerStyles('.me-two {}')
  stop()
  registerStyles('.me-three {}')
  expect(seen).toContain('.me-one {}')
  expect(seen).toContain('.me-two {}')
  expect(seen).not.toContain('.me-three {}')
})
