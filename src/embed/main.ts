// Entry of dist/momentum-explorer.js: `<script type="module" src=".../momentum-explorer.js">`
// registers <momentum-explorer>. Its folder is the site's, so the full-page link points there.
import { defineMomentumExplorer } from './element'

defineMomentumExplorer(new URL('./', import.meta.url).href)
