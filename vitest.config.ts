import { defineConfig } from 'vitest/config'

// Unit tests only: shared rules, the data layer (fake-indexeddb), main and preload (electron mocked).
// End-to-end specs live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
})
