// The expression grammar as a recursive-descent parser, one method per precedence level; parse.ts
// is the entry point that applies the limits and reports errors.
import { isConstant, type Expr } from './ast'
import { FUNCTIONS, isFunctionName } from './functions'
import type { ExpressionLimits } from './limits'
import { tokenize, type Operator, type Token } from './tokenize'
import { evaluateConstant } from './value'

// Likely slips, answered with the name the language uses. A Map, so 'constructor' finds nothing.
const HINTS: ReadonlyMap<string, string> = new Map([
  ['ln', 'log'],
  ['arctan', 'atan'],
  ['PI', 'pi'],
  ['Pi', 'pi'],
  ['X', 'x'],
  ['Y', 'y'],
  ['E', 'e'],
])

/** Thrown inside the parser only, caught at its boundary. Not an Error: no stack to capture. */
export class ParseError {
  readonly message: string
  readonly position: number
  constructor(message: string, position: number) {
    this.message = message
    this.position = position
  }
}

/** What the user sees for a token in a message: quoted text, or U+XXXX for invisible characters. */
function show(t: Token): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]+$/u.test(t.text)) return `'${t.text}'`
  return `U+${(t.text.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

const startsOperand = (t: Token) => t.kind === 'number' || t.kind === 'name' || t.kind === '('

/** Recursive descent over the token list; every method either consumes tokens or throws. */
export class Parser {
  private readonly tokens: Token[]
  private i = 0
  private depth = 0
  private nodes = 0
  private readonly src: string
  private readonly lim: ExpressionLimits

  constructor(src: string, lim: ExpressionLimits) {
    this.src = src
    this.lim = lim
    this.tokens = tokenize(src)
  }

  parseAll(): Expr {
    if (this.peek().kind === 'end') throw new ParseError('empty expression', 0)
    const expr = this.parseSum()
    const t = this.peek()
    if (t.kind !== 'end') this.fail(t)
    return expr
  }

  private peek(): Token {
    return this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]!
  }

  private next(): Token {
    const t = this.peek()
    if (t.kind !== 'end') this.i++
    return t
  }

  private where(pos: number): string {
    return pos >= this.src.length ? 'at end' : `at ${pos}`
  }

  /** Throws the message for a token that cannot come here. */
  private fail(t: Token): never {
    if (t.kind === 'end') throw new ParseError('missing operand at end', t.pos)
    if (t.kind === 'bad') throw new ParseError(`unexpected character ${show(t)} at ${t.pos}`, t.pos)
    throw new ParseError(`unexpected ${show(t)} at ${t.pos}`, t.pos)
  }

  private node(expr: Expr, pos: number): Expr {
    if (++this.nodes > this.lim.maxNodes) {
      throw new ParseError(`expression too large (over ${this.lim.maxNodes} terms) at ${pos}`, pos)
    }
    return expr
  }

  private parseSum(): Expr {
    return this.parseLeft(['+', '-'], () => this.parseProduct())
  }

  private parseProduct(): Expr {
    return this.parseLeft(['*', '/'], () => this.parseUnary())
  }

  /** One level of left-associative operators: operand (op operand)*. */
  private parseLeft(ops: readonly Operator[], operand: () => Expr): Expr {
    let left = operand()
    for (let t = this.peek(); t.kind === 'op' && ops.includes(t.op); t = this.peek()) {
      this.next()
      left = this.node({ kind: 'binary', op: t.op, left, right: operand() }, t.pos)
    }
    return left
  }

  /** unary := ('-' | '+') unary | power. Every recursion passes here, so depth is checked here. */
  private parseUnary(): Expr {
    const t = this.peek()
    if (++this.depth > this.lim.maxDepth + 1) {
      throw new ParseError(`nesting too deep (limit ${this.lim.maxDepth}) at ${t.pos}`, t.pos)
    }
    let expr: Expr
    if (t.kind === 'op' && (t.op === '-' || t.op === '+')) {
      this.next()
      const arg = this.parseUnary()
      expr = t.op === '-' ? this.node({ kind: 'negate', arg }, t.pos) : arg
    } else {
      expr = this.parsePower()
    }
    this.depth--
    return expr
  }

  /** power := primary ('^' unary)?, so 2^3^2 = 2^(3^2), -x^2 = -(x^2) and 2^-1 works. */
  private parsePower(): Expr {
    const base = this.parsePrimary()
    const t = this.peek()
    if (t.kind === 'op' && t.op === '^') {
      this.next()
      const at = this.peek().pos
      const exponent = this.parseUnary()
      this.checkExponent(exponent, at)
      return this.node({ kind: 'binary', op: '^', left: base, right: exponent }, t.pos)
    }
    // An operand right after an operand is implicit multiplication, which the language refuses.
    if (startsOperand(t)) throw new ParseError(`missing '*' before ${show(t)} at ${t.pos}`, t.pos)
    return base
  }

  private checkExponent(exponent: Expr, pos: number): void {
    if (!isConstant(exponent)) return
    if (Math.abs(evaluateConstant(exponent)) > this.lim.maxExponent) {
      throw new ParseError(`exponent too large (limit ${this.lim.maxExponent}) at ${pos}`, pos)
    }
  }

  private parsePrimary(): Expr {
    const t = this.next()
    if (t.kind === 'number') {
      if (!(Math.abs(t.value) <= this.lim.maxLiteral)) {
        const limit = this.lim.maxLiteral.toExponential().replace('e+', 'e')
        throw new ParseError(`number too large (limit ${limit}) at ${t.pos}`, t.pos)
      }
      return this.node({ kind: 'number', value: t.value }, t.pos)
    }
    if (t.kind === '(') {
      const inner = this.parseSum()
      this.expectClose()
      return inner
    }
    if (t.kind !== 'name') return this.fail(t)
    if (t.text === 'x' || t.text === 'y')
      return this.node({ kind: 'variable', name: t.text }, t.pos)
    if (t.text === 'pi' || t.text === 'e')
      return this.node({ kind: 'constant', name: t.text }, t.pos)
    if (isFunctionName(t.text)) return this.parseCall(t)
    const hint = HINTS.get(t.text)
    const suffix = hint === undefined ? '' : ` (did you mean ${hint}?)`
    throw new ParseError(`unknown name ${show(t)} at ${t.pos}${suffix}`, t.pos)
  }

  private parseCall(name: Token): Expr {
    const open = this.peek()
    if (open.kind !== '(') {
      throw new ParseError(`expected '(' after ${show(name)} ${this.where(open.pos)}`, open.pos)
    }
    this.next()
    const fn = name.text as keyof typeof FUNCTIONS
    const arity = FUNCTIONS[fn].arity
    const args: Expr[] = []
    let lastAt = open.pos
    if (this.peek().kind !== ')') {
      args.push(this.parseSum())
      while (this.peek().kind === ',') {
        this.next()
        lastAt = this.peek().pos
        args.push(this.parseSum())
      }
    }
    this.expectClose()
    if (args.length !== arity) {
      const what = `${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`
      throw new ParseError(`${show(name)} takes ${what} at ${name.pos}`, name.pos)
    }
    if (fn === 'pow') this.checkExponent(args[1]!, lastAt)
    return this.node({ kind: 'call', fn, args }, name.pos)
  }

  private expectClose(): void {
    const t = this.peek()
    if (t.kind === ')') {
      this.next()
      return
    }
    if (t.kind === 'bad') this.fail(t)
    throw new ParseError(`expected ')' ${this.where(t.pos)}`, t.pos)
  }
}
