import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { stylesToRegistry } from './src/embed/stylesPlugin'
import pkg from './package.json' with { type: 'json' }

// dist-lib/momentum-explorer.js: the React component for MDX blogs, as an ES module. React (a
// peer dependency) and the runtime dependencies stay imports, so the host app provides them once;
// `tsc -p tsconfig.lib.json` adds the type declarations next to it.
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]

export default defineConfig({
  plugins: [
    react(),
    stylesToRegistry(fileURLToPath(new URL('./src/embed/styleRegistry.ts', import.meta.url))),
  ],
  publicDir: false,
  // Formulas are MathML alone here: KaTeX's fonts cannot reach a shadow root (noKatex.css).
  resolve: {
    alias: [
      {
        find: 'katex/dist/katex.min.css',
        replacement: fileURLToPath(new URL('./src/ui/math/noKatex.css', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    outDir: 'dist-lib',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: 'src/embed/library.tsx',
      formats: ['es'],
      fileName: () => 'momentum-explorer.js',
    },
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      // Lazy panels import shared code from the entry instead of from extra shared chunks.
      preserveEntrySignatures: 'allow-extension',
    },
  },
})
