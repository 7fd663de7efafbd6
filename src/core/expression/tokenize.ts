/** One token of an expression; `pos` is its index in the source (UTF-16 units, from 0). */
export type Token =
  | { readonly kind: 'number'; readonly pos: number; readonly text: string; readonly value: number }
  | { readonly kind: 'name'; readonly pos: number; readonly text: string }
  | { readonly kind: 'op'; readonly pos: number; readonly text: string; readonly op: Operator }
  | { readonly kind: '(' | ')' | ','; readonly pos: number; readonly text: string }
  /** A character the language does not know; the parser reports it when it gets there. */
  | { readonly kind: 'bad'; readonly pos: number; readonly text: string }
  | { readonly kind: 'end'; readonly pos: number; readonly text: '' }

/** An operator after synonyms are resolved. */
export type Operator = '+' | '-' | '*' | '/' | '^'

// Sticky regexes: each match starts exactly at lastIndex, so the scan is one pass, O(length).
// The exponent part is taken only when digits follow, so `2e` is the number 2 then the name e.
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y
const SPACE = /\s+/y

// Synonyms people paste from documents: ** for ^, the Unicode minus, times and division signs.
const OPERATORS: Record<string, Operator> = {
  '**': '^',
  '+': '+',
  '-': '-',
  '\u2212': '-',
  '*': '*',
  '\u00d7': '*',
  '\u00b7': '*',
  '\u22c5': '*',
  '/': '/',
  '\u00f7': '/',
  '^': '^',
}

function matchAt(re: RegExp, src: string, pos: number): string | null {
  re.lastIndex = pos
  const m = re.exec(src)
  return m === null ? null : m[0]
}

/** Splits the source into tokens, ending with one `end` token; never throws. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let pos = 0
  while (pos < src.length) {
    const space = matchAt(SPACE, src, pos)
    if (space !== null) {
      pos += space.length
      continue
    }
    const num = matchAt(NUMBER, src, pos)
    if (num !== null) {
      tokens.push({ kind: 'number', pos, text: num, value: Number(num) })
      pos += num.length
      continue
    }
    const name = matchAt(NAME, src, pos)
    if (name !== null) {
      tokens.push({ kind: 'name', pos, text: name })
      pos += name.length
      continue
    }
    const two = src.slice(pos, pos + 2)
    const one = String.fromCodePoint(src.codePointAt(pos) ?? 0)
    if (two === '**') {
      tokens.push({ kind: 'op', pos, text: two, op: '^' })
      pos += 2
    } else if (one === '\u03c0') {
      tokens.push({ kind: 'name', pos, text: 'pi' }) // π
      pos += 1
    } else if (Object.hasOwn(OPERATORS, one)) {
      tokens.push({ kind: 'op', pos, text: one, op: OPERATORS[one]! })
      pos += one.length
    } else if (one === '(' || one === ')' || one === ',') {
      tokens.push({ kind: one, pos, text: one })
      pos += 1
    } else {
      tokens.push({ kind: 'bad', pos, text: one })
      pos += one.length
    }
  }
  tokens.push({ kind: 'end', pos: src.length, text: '' })
  return tokens
}
