import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // CPU-bound suites (fuzzing, training) and whole-explorer renders take seconds on a busy
    // 2-core machine: a timeout is not a speed claim (benchmarks measure speed).
    testTimeout: 20_000,
    // The reference loader reads ../shared; tests that need a DOM say so with a docblock.
  },
})
