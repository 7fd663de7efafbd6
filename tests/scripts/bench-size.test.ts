import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, test } from 'vitest'
import {
  BUDGET_GZIP_BYTES,
  findEmbedBundle,
  initialScriptUrls,
  measureBundles,
  measureFiles,
  staticImports,
} from '../../scripts/bench-size.mjs'

// Every folder made here is removed after the file's tests: a test run leaves nothing in /tmp.
const made: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-size-'))
  made.push(dir)
  return dir
}
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length

describe('initialScriptUrls', () => {
  test('takes entry scripts and modulepreloads, not styles, inline or remote scripts', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-B.js">
      <link rel="stylesheet" crossorigin href="./assets/index-C.css">
      <link rel=prefetch href="./assets/lazy-D.js">
      <script>console.log('inline')</script>
      <script src='https://cdn.example.com/x.js'></script>
    </head>`
    expect(initialScriptUrls(html)).toEqual(['./assets/index-A.js', './assets/vendor-B.js'])
  })
})

describe('staticImports', () => {
  test('lists static imports and re-exports, never dynamic import()', () => {
    const code =
      'import{a as b}from"./vendor-B.js";import"./side.js";export*from"../re.js";' +
      'const l=()=>import("./lazy.js");import x from "react"'
    expect(staticImports(code)).toEqual(['./vendor-B.js', './side.js', '../re.js'])
  })
})

describe('measureFiles', () => {
  test('sums the entry and its static imports once each, leaving lazy chunks out', () => {
    const dir = tempDir()
    const entry = 'import{a}from"./a.js";const l=()=>import("./lazy.js");console.log(a,l)'
    const a = 'import"./index.js";export const a=1'
    writeFileSync(join(dir, 'index.js'), entry)
    writeFileSync(join(dir, 'a.js'), a)
    writeFileSync(join(dir, 'lazy.js'), 'export const big="' + 'x'.repeat(5000) + '"')
    const m = measureFiles([join(dir, 'index.js')])
    expect(m.files.map((f) => f.file)).toEqual([join(dir, 'index.js'), join(dir, 'a.js')])
    expect(m.raw).toBe(entry.length + a.length)
    expect(m.gzip).toBe(gz(entry) + gz(a))
  })
})

describe('findEmbedBundle and measureBundles', () => {
  function dist(withEmbed: boolean, embedBytes = 100) {
    const dir = tempDir()
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="./assets/i.js"></script>')
    writeFileSync(join(dir, 'assets', 'i.js'), 'console.log(1)')
    if (withEmbed) {
      mkdirSync(join(dir, 'embed'))
      writeFileSync(join(dir, 'embed', 'momentum-explorer.js.map'), '{}')
      writeFileSync(join(dir, 'embed', 'momentum-explorer.js'), randomBytes(embedBytes))
    }
    return dir
  }

  test('finds dist/**/momentum-explorer*.js and nothing when there is none', () => {
    const dir = dist(true)
    expect(findEmbedBundle(dir)).toBe(join(dir, 'embed', 'momentum-explorer.js'))
    expect(findEmbedBundle(dist(false))).toBeNull()
  })

  test('reports no embed bundle, and an embed over 100 KB gzip as over budget', () => {
    const small = measureBundles(dist(false))
    expect(small.page.files).toEqual(['assets/i.js'])
    expect(small.page.withinBudget).toBe(true)
    expect(small.embed).toBeNull()
    // Random bytes do not compress, so 110 KB of them stay above 100 KB gzipped.
    const big = measureBundles(dist(true, 110 * 1024))
    expect(big.embed?.gzip).toBeGreaterThan(BUDGET_GZIP_BYTES)
    expect(big.embed?.withinBudget).toBe(false)
    expect(big.page.withinBudget).toBe(true)
  })
})
