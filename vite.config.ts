import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/** The lazy panels' small shared helpers, each kind loaded as one chunk of its own (chunkGroups). */
const SHARED_LAZY = {
  chartParts: String.raw`render/(chartScales|ChartAxes|logTicks|stepPicker|useChartWidth|chartMarks|charts)\.`,
  settled: String.raw`(state/settledLr|ui/useStaleMark)\.`,
}

/** Modules only lazily loaded panels and surfaces use: they keep their own chunks. */
const LAZY_MODULES = [
  ...Object.values(SHARED_LAZY),
  String.raw`export/`,
  String.raw`core/(models|expression|network)/`,
  String.raw`core/tuningMap`,
  String.raw`workers/(tuningMap|grid\.worker|gridHandler|network|training|startWorker|jobs|jobClient|slices)`,
  String.raw`workers/grid(Client|Protocol|Sample)`,
  String.raw`ui/(map|models|custom|network|export)/`,
  String.raw`state/(urlSnippets|training|expressions|digits|useTuningMap|progressStore)`,
  String.raw`ui/(Explanation|ExportMenu|ShareControls|download)\.`,
  String.raw`ui/(Summary|summaryText|summaryNotes|PresetStory|EmbedView)\.`,
  String.raw`state/(presetStories|presets|storySteps)`,
  String.raw`ui/(Presets|ChosenControls)\.`,
  String.raw`(ui/story|ui/math|core/storyMetrics)`,
  String.raw`ui/(UpdateChart|LossChart|GhostLayer)\.`,
  String.raw`render/(plot|PlotOverlay|CursorLayer|exportData)\.`,
]
const LAZY = new RegExp(`src/(${LAZY_MODULES.join('|')})`)

/** Whether a module belongs to the first paint's chunk (the page's, or with `embed` the element's). */
export function isInitialModule(id: string, embed = false): boolean {
  if (
    /node_modules\/(react|react-dom|scheduler|zustand|use-sync-external-store|d3-[a-z]+|internmap)\//.test(
      id,
    )
  )
    return true
  return /\/src\//.test(id) && !LAZY.test(id) && (embed || !/\/src\/embed\//.test(id))
}

/**
 * The chunks modules are grouped into: everything the first paint needs (isInitialModule; 'app'
 * on the page, 'figure' in the element's bundle); then the lazy panels' small shared helpers,
 * one chunk per kind rather than one each: fewer requests, fewer names in the preload map.
 */
export const chunkGroups = (embed: boolean) => [
  { name: embed ? 'figure' : 'app', test: (id: string) => isInitialModule(id, embed) },
  ...Object.entries(SHARED_LAZY).map(([name, path]) => ({ name, test: new RegExp(`src/${path}`) })),
]

/** d3-format out of the bundles: only d3-scale's tickFormat, never called, needs it (noD3Format). */
export const D3_FORMAT_ALIAS = {
  find: /^d3-format$/,
  replacement: fileURLToPath(new URL('./src/render/noD3Format.ts', import.meta.url)),
}

/**
 * Output file names: a 6-character content hash is plenty to bust caches, and the first chunk
 * lists every lazy chunk's name (its preload map), where each hash character is incompressible.
 */
export const HASHED = '[name]-[hash:6]'

// `base: './'` makes every asset URL relative, so the built site works from any sub-path
// (a GitHub project page, a folder on a blog's server).
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: { alias: [D3_FORMAT_ALIAS] },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Fonts (KaTeX's) as files, never data: URLs, which a strict CSP's font-src 'self' refuses.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    // Every browser that runs es2022 modules preloads them natively: no polyfill in the first chunk.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Keep everything the first paint needs in one chunk. Left alone, the bundler splits the
        // modules that lazy panels share with the page into many small chunks, which load at once
        // anyway and compress worse apart (issue #9's 100 KB budget counts them all).
        codeSplitting: { groups: chunkGroups(false) },
        chunkFileNames: `assets/${HASHED}.js`,
        assetFileNames: `assets/${HASHED}[extname]`,
      },
    },
  },
})
