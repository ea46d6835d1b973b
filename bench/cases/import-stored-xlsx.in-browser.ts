import { importXlsxBytes } from './import-fixture'
import { importStoredImpl } from './import-stored-run'

export const impl = importStoredImpl(importXlsxBytes, 'participants.xlsx')
