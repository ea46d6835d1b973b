// The List of Participants as a Word document (docx library): a title page with the event, then
// each delegation under its own heading, members as name / role / position / organisation, kept
// together across page breaks. Packed to an ArrayBuffer, so it runs without Node's Buffer.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx'
import type { LopDocument, LopEntry } from './list-of-participants'

const FONT = 'Calibri'

function entryParagraphs(entry: LopEntry, doc: LopDocument): Paragraph[] {
  const lines: { text: string; italics?: boolean }[] = []
  if (entry.isHead) lines.push({ text: doc.headLabel, italics: true })
  if (entry.position) lines.push({ text: entry.position })
  if (entry.organisation) lines.push({ text: entry.organisation })
  const name = new Paragraph({
    keepNext: lines.length > 0,
    keepLines: true,
    spacing: { before: 160, after: 0 },
    children: [
      new TextRun({ text: entry.name, bold: true }),
      ...(entry.online ? [new TextRun({ text: ` ${doc.onlineLabel}`, color: '555555' })] : []),
    ],
  })
  return [
    name,
    ...lines.map(
      (line, i) =>
        new Paragraph({
          keepNext: i < lines.length - 1,
          keepLines: true,
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ text: line.text, italics: line.italics ?? false })],
        }),
    ),
  ]
}

export function lopWordDocument(doc: LopDocument): Document {
  const center = (text: string, size: number, bold = false, before = 0): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 200 },
      children: [new TextRun({ text, size, bold })],
    })
  const titlePage = [
    center(doc.title.toUpperCase(), 40, true, 3000),
    center(doc.eventName, 32, true, 400),
    center(doc.dates, 26),
    ...(doc.venue ? [center(doc.venue, 26)] : []),
    center(doc.counts, 22, false, 600),
    new Paragraph({ children: [new PageBreak()] }),
  ]
  const body = doc.groups.flatMap((group) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      spacing: { before: 360, after: 60 },
      border: { bottom: { style: 'single', size: 6, color: '999999', space: 2 } },
      children: [new TextRun({ text: group.name, bold: true, size: 28, color: '1F3864' })],
    }),
    ...group.entries.flatMap((e) => entryParagraphs(e, doc)),
  ])
  return new Document({
    creator: 'Sekretariat',
    title: `${doc.title} – ${doc.eventName}`,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        properties: { titlePage: true },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${doc.eventName} · ${doc.title} · ${doc.pageLabel} ` }),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                ],
              }),
            ],
          }),
        },
        children: [...titlePage, ...body],
      },
    ],
  })
}

/** The .docx bytes. */
export async function lopDocx(doc: LopDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(lopWordDocument(doc)))
}
