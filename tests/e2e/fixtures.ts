import { test as base, expect } from '@playwright/test'

/**
 * Every test gets a fresh browser context (its own empty IndexedDB) and fails if any request
 * leaves 127.0.0.1: the app must work with no network at all.
 */
export const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = []
      context.on('request', (request) => {
        const url = new URL(request.url())
        const local = url.hostname === '127.0.0.1' || ['data:', 'blob:'].includes(url.protocol)
        if (!local) offsite.push(request.url())
      })
      await use(offsite)
      expect(offsite, 'requests that left 127.0.0.1').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
