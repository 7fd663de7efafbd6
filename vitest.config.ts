import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Whole-explorer renders in jsdom take seconds when the machine is busy; 5 s timed out.
    testTimeout: 20_000,
    // The reference loader reads ../shared; tests that need a DOM say so with a docblock.
  },
})
