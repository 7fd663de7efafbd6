// The sample article must work on a blog with a strict CSP, and its resize listener must speak
// the message the iframe sends.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { convergedAt, getSurface, runTrajectory } from '../../src/core'
import { HEIGHT_MESSAGE } from '../../src/embed/resize'

const read = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../public', name), 'utf8')
const html = read('article.html')

test('the article forbids inline script and style, and has none of its own', () => {
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
  expect(csp).toMatch(/script-src 'self';/)
  expect(csp).toMatch(/style-src 'self';/)
  expect(csp).not.toMatch(/unsafe-(inline|eval)/)
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  expect(scripts.map((m) => /\bsrc="\.\/[\w.-]+\.js"/.test(m[1]!) && m[2]!.trim() === '')).toEqual([
    true,
    true,
  ])
  expect(html).not.toMatch(/<style\b|\sstyle="|\son\w+="/)
})

test('the article is the story: a step embed per step, the race iframe and one custom element', () => {
  const srcs = [...html.matchAll(/<iframe[^>]*\ssrc="([^"]+)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  )
  expect(srcs.every((src) => src.startsWith('./?'))).toBe(true)
  const queries = srcs.map((src) => new URLSearchParams(src.slice(3)))
  expect(queries.every((q) => q.get('embed') === '1')).toBe(true)
  expect(queries.map((q) => q.get('storystep')).filter(Boolean)).toEqual([
    '1',
    '2',
    '3',
    '5',
    '7',
    '8',
  ])
  expect(queries.find((q) => q.get('runs'))?.get('runs')).toBe('0,0.75') // step 4: the race
  expect(html).toMatch(/<script type="module" src="\.\/momentum-explorer\.js">/)
  expect(html).toMatch(/<momentum-explorer[^>]*\sruns="0,0\.75,0\.97"/) // step 6: too much
  const headings = [...html.matchAll(/<h2>(\d)\. /g)].map((m) => Number(m[1]))
  expect(headings).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
})

test('the resize listener listens for the message resize.ts posts', () => {
  expect(read('article.js')).toContain(`data.type !== '${HEIGHT_MESSAGE}'`)
})

test('every number the article states is what the core computes at the ravine defaults', () => {
  const ravine = getSurface('ravine')!
  const claims = [...html.matchAll(/data-claim="steps:([\d.]+)">(\d+)</g)]
  expect(claims.length).toBe(4)
  for (const [, momentum, stated] of claims) {
    const o = { start: ravine.defaultStart, lr: ravine.suggestedLr, steps: 2000 }
    const t = runTrajectory(ravine, { ...o, momentum: Number(momentum) })
    expect(convergedAt(t.points, ravine.minima, t.divergedAt), `β = ${momentum}`).toBe(
      Number(stated),
    )
  }
  expect(html).toContain(`learning rate of ${ravine.suggestedLr}`)
})
