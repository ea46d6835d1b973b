// Every export as one message-shaped job, so a Web Worker (or the page, where workers are not
// available) runs it the same way: plain data in, bytes or problems out, progress on the way.
import { translate } from '../i18n'
import { eventName, safeFileStem } from './event-text'
import { buildListOfParticipants, type LopInput } from './list-of-participants'
import { lopDocx } from './lop-docx'
import { nominationForm, type NominationFormInput } from './nomination-form'
import type { ExportProblem } from './problems'
import { exportRegistry, type ExportProgress, type RegistryExportInput } from './registry-export'

export type ExportJob =
  | { kind: 'registry'; input: Omit<RegistryExportInput, 'onProgress'> }
  | { kind: 'nomination'; input: NominationFormInput }
  | { kind: 'lop-docx'; input: LopInput }

export type JobResult =
  | { ok: true; bytes: Uint8Array; fileName: string; notices: ExportProblem[] }
  | { ok: false; problems: ExportProblem[] }

export async function runExportJob(
  job: ExportJob,
  onProgress: (progress: ExportProgress) => void,
): Promise<JobResult> {
  switch (job.kind) {
    case 'registry':
      return exportRegistry({ ...job.input, onProgress })
    case 'nomination': {
      onProgress({ stage: 'writing', done: 0, total: 1 })
      return { ok: true, ...nominationForm(job.input), notices: [] }
    }
    case 'lop-docx': {
      onProgress({ stage: 'rows', done: 0, total: 1 })
      const doc = buildListOfParticipants(job.input)
      if (doc.groups.length === 0)
        return { ok: false, problems: [{ code: 'nothing_to_export', severity: 'error' }] }
      onProgress({ stage: 'writing', done: 0, total: 1 })
      const bytes = await lopDocx(doc)
      return { ok: true, bytes, fileName: lopFileName(job.input), notices: [] }
    }
  }
}

function lopFileName(input: LopInput): string {
  const stem = safeFileStem(input.event.shortName || eventName(input.event, input.lang), 'event')
  return `${stem}-${translate(input.lang, 'lop.fileName')}.docx`
}

/** Messages between the page and the export worker. */
export type WorkerRequest = { type: 'run'; job: ExportJob }
export type WorkerResponse =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; result: JobResult }
  | { type: 'failed'; message: string }
