// Initial JavaScript of the built site: what a visitor's browser must fetch before the figure can
// run (entry scripts, their modulepreloads and static imports), never lazily imported chunks.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/** The budget for each bundle: 100 KB of gzip. */
export const BUDGET_GZIP_BYTES = 100 * 1024

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  return m ? (m[1] ?? m[2] ?? m[3]) : null
}

/** The local script URLs an HTML page loads at once: `<script src>` and modulepreload links. */
export function initialScriptUrls(html) {
  const urls = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src')
    if (src) urls.push(src)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
    const href = attr(tag, 'href')
    if (href && rel.includes('modulepreload')) urls.push(href)
  }
  return [...new Set(urls)].filter((u) => !/^([a-z]+:)?\/\//i.test(u) && !u.startsWith('data:'))
}

/**
 * Relative specifiers a module imports statically (`import x from './a.js'`, `import './b.js'`,
 * `export * from './c.js'`); dynamic `import('./d.js')` is lazy and left out.
 */
export function staticImports(code) {
  const found = new Set()
  const re =
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])(\.{1,2}\/[^"']+)\1/g
  for (const m of code.matchAll(re)) found.add(m[2])
  return [...found]
}

/** Raw and gzip (level 9) byte counts of a buffer or string. */
export function byteSizes(content) {
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content)
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length }
}

/** Follows static imports from the entry files; returns each file with its sizes and the sums. */
export function measureFiles(entryFiles) {
  const seen = new Set()
  const queue = entryFiles.map((f) => resolve(f))
  const files = []
  while (queue.length > 0) {
    const file = queue.shift()
    if (seen.has(file) || !existsSync(file)) continue
    seen.add(file)
    const content = readFileSync(file)
    files.push({ file, ...byteSizes(content) })
    for (const spec of staticImports(content.toString('utf8'))) {
      queue.push(resolve(dirname(file), spec.split(/[?#]/)[0]))
    }
  }
  const sum = (k) => files.reduce((a, f) => a + f[k], 0)
  return { files, raw: sum('raw'), gzip: sum('gzip') }
}

/** The page's initial JS, from dist/index.html. */
export function measurePage(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const entries = initialScriptUrls(html).map((u) => join(distDir, u.split(/[?#]/)[0]))
  return measureFiles(entries)
}

/** The embed bundle's path: the first dist/**\/momentum-explorer*.js, or null if not built yet. */
export function findEmbedBundle(distDir) {
  const hits = readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((p) => /(^|[/\\])momentum-explorer[^/\\]*\.js$/.test(p))
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
  return hits.length ? join(distDir, hits[0]) : null
}

/** Page and embed sizes against the budget; embed is null when there is no embed bundle yet. */
export function measureBundles(distDir) {
  const page = measurePage(distDir)
  const embedFile = findEmbedBundle(distDir)
  const embed = embedFile ? measureFiles([embedFile]) : null
  const short = (m) =>
    m && {
      raw: m.raw,
      gzip: m.gzip,
      files: m.files.map((f) => relative(distDir, f.file)),
      withinBudget: m.gzip <= BUDGET_GZIP_BYTES,
    }
  return { budgetGzip: BUDGET_GZIP_BYTES, page: short(page), embed: short(embed) }
}
