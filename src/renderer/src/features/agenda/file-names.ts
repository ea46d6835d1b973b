/** A file name a person would type: no path or reserved characters, no trailing dot or space. */
export function fileNameFor(...parts: string[]): string {
  const extension = parts.pop() ?? ''
  const base = parts
    .filter(Boolean)
    .join(' - ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    .replace(/[. ]+$/, '')
  return `${base || 'agenda'}.${extension}`
}
