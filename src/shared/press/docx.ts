import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx'
import type { BlockNode, InlineNode } from './doc-model'
import type { HtmlPart } from './output-html'
import { factDisplay } from './output-text'

// A release as a Word document, built from the document model with the docx library: headings,
// paragraphs with bold, italic and links, bulleted and numbered lists, quotes. Each language is a
// section of its own and starts on a new page.

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const

const QUOTE_STYLE = 'ReleaseQuote'
const BULLETS = 'release-bullets'
const NUMBERS = 'release-numbers'

function runs(content: readonly InlineNode[] | undefined): ParagraphChild[] {
  const out: ParagraphChild[] = []
  for (const node of content ?? []) {
    if (node.type === 'hardBreak') {
      out.push(new TextRun({ text: '', break: 1 }))
      continue
    }
    const marks = node.marks ?? []
    const text = node.type === 'text' ? node.text : factDisplay(node)
    // Only marks that are there: an explicit "not bold" would override the paragraph's style.
    const format = {
      ...(marks.some((m) => m.type === 'bold') ? { bold: true } : {}),
      ...(marks.some((m) => m.type === 'italic') ? { italics: true } : {}),
    }
    const link = marks.find((m) => m.type === 'link')
    if (link && link.type === 'link') {
      out.push(
        new ExternalHyperlink({
          link: link.attrs.href,
          children: [new TextRun({ text, ...format, style: 'Hyperlink' })],
        }),
      )
    } else out.push(new TextRun({ text, ...format }))
  }
  return out
}

interface Context {
  /** Next numbering instance, so each numbered list counts from 1. */
  nextList: number
}

function blockParagraphs(
  block: BlockNode,
  ctx: Context,
  opts: {
    level: number
    quote: boolean
    list?: { ref: string; instance: number }
    /** List items sit close together; the paragraph after a list gets its space back. */
    afterList?: boolean
  },
): Paragraph[] {
  const base = {
    ...(opts.quote ? { style: QUOTE_STYLE } : {}),
    ...(opts.afterList ? { spacing: { before: 160 } } : {}),
    ...(opts.list
      ? {
          numbering: {
            reference: opts.list.ref,
            level: Math.min(opts.level, 8),
            instance: opts.list.instance,
          },
        }
      : {}),
  }
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ ...base, children: runs(block.content) })]
    case 'heading':
      return [
        new Paragraph({ heading: headingLevels[block.attrs.level], children: runs(block.content) }),
      ]
    case 'blockquote':
      return block.content.flatMap((b) => blockParagraphs(b, ctx, { ...opts, quote: true }))
    case 'bulletList':
    case 'orderedList': {
      const ref = block.type === 'bulletList' ? BULLETS : NUMBERS
      const instance = ctx.nextList++
      const level = opts.list ? opts.level + 1 : 0
      return block.content.flatMap((item) =>
        item.content.flatMap((b, i) =>
          // Only an item's first paragraph carries the number; the rest are indented under it.
          i === 0 || b.type === 'bulletList' || b.type === 'orderedList'
            ? blockParagraphs(b, ctx, { level, quote: opts.quote, list: { ref, instance } })
            : blockParagraphs(b, ctx, { level, quote: opts.quote }),
        ),
      )
    }
  }
}

function levels(format: 'bullet' | 'decimal') {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? (level % 2 === 0 ? '•' : '◦') : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }))
}

function heading(size: number) {
  return {
    run: { font: 'Calibri', size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  }
}

/** The .docx bytes of a release: one section per language part, with its header lines. */
export async function buildReleaseDocx(
  title: string,
  parts: readonly HtmlPart[],
): Promise<Uint8Array> {
  const ctx: Context = { nextList: 1 }
  const sections = parts.map((part) => ({
    properties: {},
    children: [
      ...part.header.map(
        (line) => new Paragraph({ children: [new TextRun({ text: line, bold: true })] }),
      ),
      ...part.doc.content.flatMap((b, i, all) => {
        const previous = all[i - 1]?.type
        const afterList = previous === 'bulletList' || previous === 'orderedList'
        return blockParagraphs(b, ctx, { level: 0, quote: false, afterList })
      }),
    ],
  }))
  const document = new Document({
    creator: 'Sekretariat',
    title,
    styles: {
      // A ministry document: black headings, 11 pt body, space after each paragraph.
      default: {
        document: {
          run: { font: 'Calibri', size: 22 },
          paragraph: { spacing: { after: 160, line: 276 } },
        },
        heading1: heading(32),
        heading2: heading(28),
        heading3: heading(24),
        listParagraph: { paragraph: { spacing: { after: 80 } } },
      },
      paragraphStyles: [
        {
          id: QUOTE_STYLE,
          name: 'Release quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true },
          paragraph: { indent: { left: 720, right: 720 } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: levels('bullet') },
        { reference: NUMBERS, levels: levels('decimal') },
      ],
    },
    sections,
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
