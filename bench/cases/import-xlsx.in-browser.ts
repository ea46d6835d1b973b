import type { CaseImpl } from '../types'
import { importXlsxBytes } from './import-fixture'
import { importImpl, type ImportBenchState } from './import-run'

export const impl: CaseImpl<ImportBenchState> = importImpl(importXlsxBytes, 'participants.xlsx')
