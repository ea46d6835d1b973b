// Keyboard shortcuts as the platform writes them: ⌘ on a Mac, Ctrl elsewhere.
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** "Mod-Shift-8" → "Ctrl+Shift+8" (or "⌘+Shift+8"), for titles and labels. */
export function shortcutLabel(keys: string): string {
  return keys
    .split('-')
    .map((k) => (k === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : k === 'Alt' && isMac ? '⌥' : k))
    .join('+')
}

/** "Mod-Shift-8" → "Control+Shift+8" (or "Meta+Shift+8"), for aria-keyshortcuts. */
export function ariaShortcut(keys: string): string {
  return keys
    .split('-')
    .map((k) => (k === 'Mod' ? (isMac ? 'Meta' : 'Control') : k))
    .join('+')
}
