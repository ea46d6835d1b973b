/**
 * The fixed port the browser build is served on: IndexedDB is per origin, so it must not move.
 * SEKRETARIAT_WEB_PORT moves it only for a developer running two checkouts' tests side by side.
 */
export const WEB_PORT = Number(process.env.SEKRETARIAT_WEB_PORT ?? 5199)
