// Every benchmark case, in the order `npm run bench` runs them. Add new cases here.
import type { BenchCase } from '../types'
import { contactsValidate } from './contacts-validate'
import { dbOpenRead } from './db-open-read'

export const cases: readonly BenchCase[] = [dbOpenRead, contactsValidate]
