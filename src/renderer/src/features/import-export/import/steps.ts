import type { MessageKey } from '../../../../../shared/i18n'

export const steps = ['file', 'sheet', 'columns', 'rows', 'match', 'done'] as const
export type Step = (typeof steps)[number]

export const stepLabels: Record<Step, MessageKey> = {
  file: 'import.step.file',
  sheet: 'import.step.sheet',
  columns: 'import.step.columns',
  rows: 'import.step.rows',
  match: 'import.step.match',
  done: 'import.step.import',
}
