// @vitest-environment jsdom
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { defaultParams, type Params, type DisplayOptions } from '../../src/state/params'
import { CUSTOM_DEFAULTS, parseParams } from '../../src/state/urlParams'
import { embedSnippets } from '../../src/state/urlSnippets'

const BASE = 'https://user.github.io/momentum-explorer/index.html?surface=saddle#top'
const SITE = 'https://user.github.io/momentum-explorer/'
const display: DisplayOptions = { embed: false, controls: ['momentum', 'lr'] }
const custom = (f: string): Params => ({
  ...defaultParams(),
  ...{ surface: 'custom', f, lr: CUSTOM_DEFAULTS.lr, start: CUSTOM_DEFAULTS.start },
})
/** The snippet parsed as HTML (a template never runs scripts or loads anything). */
function html(text: string): DocumentFragment {
  const template = document.createElement('template')
  template.innerHTML = text
  return template.content
}
const attributesOf = (el: Element) =>
  Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value]))

const HOSTILE = [
  `"><script>alert(1)</script>`,
  `' onload='alert(1)`,
  `x < y && y > "0" & 'a'`,
  '</momentum-explorer><script src=//evil.example></script>',
  '&amp; &lt;script&gt; &#60;',
  'x^2 + y^2\r\n\t{`${1}`}',
  '\u2028\u2029 é 😀',
]

describe('embedSnippets', () => {
  test('the custom element snippet loads the bundle from the site folder and carries the state', () => {
    const params: Params = {
      ...defaultParams(),
      lr: 0.05,
      runs: [
        { id: 'r1', momentum: 0, rule: 'heavy-ball' },
        { id: 'r2', momentum: 0.99, rule: 'nesterov' },
      ],
    }
    const { element } = embedSnippets(params, display, BASE)
    expect(element).toBe(
      `<script type="module" src="${SITE}momentum-explorer.js"></script>\n` +
        '<momentum-explorer surface="ravine" lr="0.05" runs="0,0.99n" controls="momentum,lr">' +
        '</momentum-explorer>',
    )
  })

  test('the React snippet imports the component and passes numbers as numbers', () => {
    const { react } = embedSnippets(defaultParams(), { embed: false, controls: null }, BASE)
    const { lr, runs } = defaultParams()
    expect(react).toBe(
      "import { MomentumExplorer } from 'momentum-explorer'\n\n" +
        `<MomentumExplorer surface="ravine" lr={${lr}} runs="0,${runs[1]!.momentum}" />`,
    )
  })

  test('the iframe opens the embed page with the same state', () => {
    const params = { ...defaultParams('saddle'), steps: 50 }
    const doc = html(embedSnippets(params, display, BASE).iframe)
    const frames = doc.querySelectorAll('iframe')
    expect(frames).toHaveLength(1)
    expect(frames[0]!.title).not.toBe('') // an iframe needs an accessible name
    const src = new URL(frames[0]!.getAttribute('src')!)
    expect(src.origin + src.pathname).toBe(SITE)
    expect(parseParams(src.searchParams)).toEqual({
      params,
      display: { embed: true, controls: ['momentum', 'lr'] },
      notices: [],
    })
  })

  test.for(HOSTILE)('an expression %j stays inside its attribute and its string', (f) => {
    const { iframe, element, react } = embedSnippets(custom(f), display, BASE)
    const doc = html(element)
    expect(doc.querySelectorAll('script')).toHaveLength(1)
    expect(element.match(/<script/gi)).toHaveLength(1)
    const el = doc.querySelector('momentum-explorer')!
    expect(el.getAttribute('f')).toBe(f)
    expect(parseParams(attributesOf(el)).params).toEqual(custom(f))

    const frameDoc = html(iframe)
    expect(frameDoc.querySelectorAll('script')).toHaveLength(0)
    expect(frameDoc.children).toHaveLength(1)
    const src = new URL(frameDoc.querySelector('iframe')!.getAttribute('src')!)
    expect(parseParams(src.searchParams).params.f).toBe(f)

    expect(react).not.toMatch(/<(?!MomentumExplorer )[a-z/]/i)
    const literal = /\sf=\{("(?:[^"\\]|\\.)*")\}/.exec(react)
    expect(JSON.parse(literal![1]!)).toBe(f)
  })

  test('any expression (without NUL, which HTML cannot carry) round-trips through the element', () => {
    const expression = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 60 })
      .filter((f) => f.trim() !== '' && !f.includes('\0'))
    fc.assert(
      fc.property(expression, (f) => {
        const doc = html(embedSnippets(custom(f), display, BASE).element)
        expect(doc.querySelectorAll('script, momentum-explorer')).toHaveLength(2)
        expect(doc.querySelector('momentum-explorer')!.getAttribute('f')).toBe(f)
      }),
      { numRuns: 50 },
    )
  }, 20_000) // jsdom parses HTML slowly (~15 ms a snippet)

  test('a base that is not an http(s) URL gives relative paths, never a script URL', () => {
    for (const base of ['javascript:alert(1)', 'not a url', '']) {
      const { element, iframe } = embedSnippets(defaultParams(), display, base)
      expect(element).toMatch(/^<script type="module" src="momentum-explorer.js">/)
      expect(iframe).toMatch(/^<iframe src="\?embed=1&amp;/)
    }
  })
})
