import { defineConfig } from '@playwright/test'
import base from './playwright.config'

// Benchmarks that drive the built site in the browser (`npm run bench:links`): one worker, so a
// measurement does not share the two cores with another.
export default defineConfig({
  ...base,
  testDir: 'tests/bench',
  testMatch: '**/*.bench.ts',
  workers: 1,
  reporter: [['list']],
})
