// Finds a Chromium for the browser tests: CHROME_PATH, else the system `chromium`, else a browser
// Playwright has installed. No browser is ever downloaded here.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

function which(cmd) {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
}

async function playwrightBrowser() {
  try {
    const { chromium } = await import('playwright-core')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : null
  } catch {
    return null
  }
}

/** The path of a usable Chromium, or null. */
export async function findChrome() {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return which('chromium') ?? which('chromium-browser') ?? (await playwrightBrowser())
}

/** Flags for a root, GPU-less, offline machine: no sandbox, no background network chatter. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const NO_BROWSER_MESSAGE =
  'No Chromium found: install one with `apt-get install chromium` (or `npx playwright install chromium`), or set CHROME_PATH.'
