/** The fixed port the browser build is served on: IndexedDB is per origin, so it must not move. */
export const WEB_PORT = 5199
