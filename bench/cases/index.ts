// Every benchmark case, in the order `npm run bench` runs them. Add new cases here.
import type { BenchCase } from '../types'
import { contactsValidate } from './contacts-validate'
import { dbOpenRead } from './db-open-read'
import { exportCsv } from './export-csv'
import { exportCsvRaw, exportXlsxRaw } from './export-raw'
import { exportXlsx } from './export-xlsx'
import { importCsv } from './import-csv'
import { importXlsx } from './import-xlsx'
import { importStoredCsv, importStoredXlsx } from './import-stored'
import { importWrite } from './import-write'
import { registryFilter } from './registry-filter'
import { registryFirstRows } from './registry-first-rows'
import { registryOpen } from './registry-open'
import { registryScroll } from './registry-scroll'
import { registrySearch } from './registry-search'
import { registrySort } from './registry-sort'
import { storageBlocks } from './storage-blocks'

export const cases: readonly BenchCase[] = [
  dbOpenRead,
  contactsValidate,
  // Browser cases share seeded databases: registry-open reuses db-open-read's contacts.
  registryOpen,
  registryFirstRows,
  registryScroll,
  registrySearch,
  registryFilter,
  registrySort,
  exportXlsx,
  exportXlsxRaw,
  exportCsv,
  exportCsvRaw,
  importXlsx,
  importCsv,
  importStoredXlsx,
  importStoredCsv,
  importWrite,
  storageBlocks,
]
