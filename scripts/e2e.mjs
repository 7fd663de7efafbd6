// Runs the Playwright browser tests against the built site on the system Chromium.
import { spawnSync } from 'node:child_process'
import { NO_BROWSER_MESSAGE, findChrome } from './chrome.mjs'

const chrome = await findChrome()
if (!chrome) {
  console.error(NO_BROWSER_MESSAGE)
  process.exit(1)
}
const env = { ...process.env, CHROME_PATH: chrome, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
})
process.exit(result.status ?? 1)
