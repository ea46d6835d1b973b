import { importCsvBytes } from './import-fixture'
import { importStoredImpl } from './import-stored-run'

export const impl = importStoredImpl(importCsvBytes, 'participants.csv')
