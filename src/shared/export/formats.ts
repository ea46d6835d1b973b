// The registry export's file formats and the save dialog's filter for each. Kept apart from the
// writers so screens can offer the choice without loading SheetJS.
export type RegistryFormat = 'xlsx' | 'csv' | 'csv-semicolon'

export const registryFormats: readonly RegistryFormat[] = ['xlsx', 'csv', 'csv-semicolon']

export const registryFileFilters: Record<RegistryFormat, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  'csv-semicolon': { name: 'CSV', extensions: ['csv'] },
}
