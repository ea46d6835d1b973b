// Exports: registry views to .xlsx/.csv, the nomination form, the List of Participants.
export {
  allExportColumns,
  exportColumnIds,
  exportColumnsForView,
  type ExportColumnId,
} from './columns'
export {
  runExportJob,
  type ExportJob,
  type JobResult,
  type WorkerRequest,
  type WorkerResponse,
} from './jobs'
export {
  buildListOfParticipants,
  withdrawnStatuses,
  type LopDocument,
  type LopEntry,
  type LopGroup,
  type LopInput,
} from './list-of-participants'
export {
  ExportCancelled,
  MAX_FORM_ROWS,
  type ExportProblem,
  type ExportProblemCode,
} from './problems'
export { registryFileFilters, registryFormats, type RegistryFormat } from './formats'
export type { ExportProgress, ExportStage, ViewDescription } from './registry-export'
export type { ExportPerson } from './registry-table'
