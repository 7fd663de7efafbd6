import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { stylesToRegistry } from './src/embed/stylesPlugin'
import { chunkGroups, D3_FORMAT_ALIAS, HASHED } from './vite.config'

// dist/momentum-explorer.js: the <momentum-explorer> custom element as one ES module, React and
// the stylesheet included (the CSS is imported with ?inline and adopted by each shadow root).
// Runs after the site's build, so it adds to dist/ instead of emptying it.
export default defineConfig({
  plugins: [
    react(),
    stylesToRegistry(fileURLToPath(new URL('./src/embed/styleRegistry.ts', import.meta.url))),
  ],
  base: './', // URLs of workers and lazy parts are relative to the bundle, wherever it is served
  publicDir: false,
  // Formulas are MathML alone here: KaTeX's fonts cannot reach a shadow root (noKatex.css).
  resolve: {
    alias: [
      D3_FORMAT_ALIAS,
      {
        find: 'katex/dist/katex.min.css',
        replacement: fileURLToPath(new URL('./src/ui/math/noKatex.css', import.meta.url)),
      },
    ],
  },
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: `momentum-explorer/${HASHED}.js` } },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/embed/main.ts',
      formats: ['es'],
      fileName: () => 'momentum-explorer.js',
    },
    rolldownOptions: {
      // The bundle exports nothing; letting the lazy chunks import from it keeps everything the
      // figure needs at once in this one file instead of several shared chunks.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Parts loaded on demand (custom f, the models) go in a folder beside the bundle, so the
        // bundle stays within budget and dist/ stays tidy.
        chunkFileNames: `momentum-explorer/${HASHED}.js`,
        // As on the page: what the figure needs at once in one chunk, which compresses better than
        // the several shared chunks the bundler would otherwise make.
        codeSplitting: { groups: chunkGroups(true) },
        // Lib mode leaves ES output unminified for tree-shaking; this is an app: minify it all.
        minify: true,
      },
    },
  },
})
