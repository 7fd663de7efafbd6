// Build-time only (used by vite.embed.config.ts and vite.lib.config.ts, never bundled): turns each
// plain `.css` import into a module calling registerStyles(text), so styles of lazily loaded parts
// reach every figure's shadow root (element) or the host document (library). See styleRegistry.ts.
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

const PREFIX = '\0me-styles:'
const SUFFIX = '.js' // so the id no longer ends in .css and Vite's CSS pipeline leaves it alone

/** The Vite plugin; `registry` is the absolute path of styleRegistry.ts. */
export function stylesToRegistry(registry: string): Plugin {
  return {
    name: 'momentum-explorer:styles-to-registry',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('.css')) return null // ?inline imports keep Vite's way
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved ? `${PREFIX}${resolved.id}${SUFFIX}` : null
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null
      const file = id.slice(PREFIX.length, -SUFFIX.length)
      this.addWatchFile(file)
      const css = JSON.stringify(readFileSync(file, 'utf8'))
      return `import { registerStyles } from ${JSON.stringify(registry)}\nregisterStyles(${css})\n`
    },
  }
}
