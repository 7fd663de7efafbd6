// The published package, end to end: build the library, `npm pack` it, install the tarball into a
// separate little React app (React comes from this project, the rest from npm's cache or, on a
// fresh machine whose cache has only what `npm ci` put there, from the registry),
// then server-render <MomentumExplorer> there and typecheck a TSX file against its declarations.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const here = (name: string) => `file:${join(ROOT, 'node_modules', name)}`
let work = ''
let app = ''
let packed: { filename: string; files: { path: string }[] }

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`)
  return r.stdout
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'me-pack-'))
  run('npm', ['run', '--silent', 'build:lib'], ROOT)
  const json = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)
  packed = (JSON.parse(json) as (typeof packed)[])[0]!
  app = join(work, 'app')
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }')
  const deps = ['react', 'react-dom', '@types/react'].map(here)
  // Not --offline: `npm ci` caches tarballs but not the registry's package documents, which an
  // install of the tarball's dependencies (d3-contour, d3-scale, zustand) needs.
  const install = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']
  run('npm', [...install, ...deps, join(work, packed.filename)], app)
}, 120_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

test('the tarball ships the built library and its types, not the sources', () => {
  const paths = packed.files.map((f) => f.path)
  expect(paths).toContain('dist-lib/momentum-explorer.js')
  expect(paths).toContain('dist-lib/types/libraryTypes.d.ts')
  expect(paths.filter((p) => p.startsWith('src/') || p.endsWith('.map'))).toEqual([])
})

test('a separate React app renders <MomentumExplorer surface="ravine" runs="0,0.9" />', () => {
  const script = [
    "import { createElement } from 'react'",
    "import { renderToString } from 'react-dom/server'",
    "import { MomentumExplorer } from 'momentum-explorer'",
    "const props = { surface: 'ravine', runs: '0,0.9' }",
    'process.stdout.write(renderToString(createElement(MomentumExplorer, props)))',
  ].join('\n')
  writeFileSync(join(app, 'render.mjs'), script)
  const html = run('node', ['render.mjs'], app)
  const paths = [...html.matchAll(/<path[^>]*data-trajectory="([^"]+)"[^>]*>/g)]
  expect(paths.map((m) => m[1])).toEqual(['r1', 'r2'])
  for (const [tag] of paths) expect(tag).toMatch(/ d="M[\d.]+,[\d.]+L/)
  expect(html).not.toContain('NaN')
  // The stylesheet comes along once, as a hoisted <style> (React 19), even in server rendering.
  expect(html.match(/<style[^>]*data-href="momentum-explorer"/g)).toHaveLength(1)
}, 30_000)

test("the package's declarations type the props", () => {
  writeFileSync(
    join(app, 'post.tsx'),
    [
      "import { MomentumExplorer } from 'momentum-explorer'",
      'export const ok = <MomentumExplorer surface="ravine" runs="0,0.9" lr={0.02} steps="300" map />',
      '// @ts-expect-error lr is a number or text, never an object',
      'export const bad = <MomentumExplorer lr={{}} />',
    ].join('\n'),
  )
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
  const options = ['--noEmit', '--strict', '--jsx', 'react-jsx', '--module', 'esnext']
  run(
    'node',
    [tsc, ...options, '--moduleResolution', 'bundler', '--types', 'react', 'post.tsx'],
    app,
  )
}, 60_000)
