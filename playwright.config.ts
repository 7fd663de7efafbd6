import { defineConfig } from '@playwright/test'
import { CHROME_ARGS } from './scripts/chrome.mjs'

// scripts/e2e.mjs finds the browser and passes it as CHROME_PATH before starting Playwright.
const port = Number(process.env.E2E_PORT ?? 4319)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 90_000, // five engineers share two cores: an axe scan alone has taken over 30 s
  fullyParallel: true,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '', args: CHROME_ARGS },
    screenshot: 'only-on-failure',
    // The page plays the race once on load; tests see the still end state unless they ask for
    // motion (tests/e2e/firstSight.spec.ts and the Play test do).
    reducedMotion: 'reduce',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 90_000, // five engineers share two cores: an axe scan alone has taken over 30 s
  },
})
