import type { CaseImpl } from '../types'
import { importCsvBytes } from './import-fixture'
import { importImpl, type ImportBenchState } from './import-run'

export const impl: CaseImpl<ImportBenchState> = importImpl(importCsvBytes, 'participants.csv')
