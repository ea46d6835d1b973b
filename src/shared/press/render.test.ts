import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { factKeys, type FactKey } from './catalogue'
import { normaliseDoc, type DocNode } from './doc-model'
import { buildFacts, type FactValue, type LangFacts } from './facts'
import { parseMarkup } from './markup'
import { docToHtml } from './output-html'
import { docToPlainText } from './output-text'
import { refreshFacts, renderTemplate, scanPlaceholders } from './render'
import { sampleInput } from './test-event'

const doc = (text: string): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const facts = (entries: [FactKey, string][]): LangFacts =>
  new Map(entries.map(([k, v]) => [k, { kind: 'text', text: v } as FactValue]))
const plain = (d: DocNode) => docToPlainText(d)

describe('renderTemplate', () => {
  it('puts facts where their placeholders are, keeping marks and the text around them', () => {
    const template = parseMarkup('**{{event.name}}** berlangsung {{ event.dates }}.')
    const { doc: out, report } = renderTemplate(template, buildFacts(sampleInput()).id, 'id')
    expect(plain(out)).toBe('Lokakarya Regional Diplomasi Digital berlangsung 1–12 Agustus 2022.')
    expect(out.content[0]).toEqual({
      type: 'paragraph',
      content: [
        {
          type: 'fact',
          attrs: { key: 'event.name', value: 'Lokakarya Regional Diplomasi Digital' },
          marks: [{ type: 'bold' }],
        },
        { type: 'text', text: ' berlangsung ' },
        { type: 'fact', attrs: { key: 'event.dates', value: '1–12 Agustus 2022' } },
        { type: 'text', text: '.' },
      ],
    })
    expect(report).toEqual({ unknown: [], missing: [] })
  })

  it('leaves unknown placeholders visible and reports them once each', () => {
    const { doc: out, report } = renderTemplate(
      doc('{{event.nam}} and {{constructor}}, {{__proto__}}, {{toString}}, {{event.nam}}'),
      facts([['event.name', 'X']]),
      'en',
    )
    expect(plain(out)).toBe(
      '{{event.nam}} and {{constructor}}, {{__proto__}}, {{toString}}, {{event.nam}}',
    )
    expect(report.unknown).toEqual([
      '{{event.nam}}',
      '{{constructor}}',
      '{{__proto__}}',
      '{{toString}}',
    ])
  })

  it('keeps a known placeholder without a value visible and reports it missing', () => {
    const { doc: out, report } = renderTemplate(doc('said {{official.name}}.'), new Map(), 'en')
    expect(plain(out)).toBe('said {{official.name}}.')
    expect(report.missing).toEqual(['official.name'])
  })

  it('never reads replacement patterns or placeholders inside values', () => {
    const values = facts([
      ['event.name', "$& $1 $$ $` $'"],
      ['event.venue', '{{event.name}}'],
      ['event.theme', '<script>alert(1)</script>'],
    ])
    const { doc: out } = renderTemplate(
      doc('{{event.name}}|{{event.venue}}|{{event.theme}}'),
      values,
      'en',
    )
    expect(plain(out)).toBe("$& $1 $$ $` $'|{{event.name}}|<script>alert(1)</script>")
    expect(docToHtml(out)).toBe(
      "<p>$&amp; $1 $$ $` $'|{{event.name}}|&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    )
  })

  it('has no expressions: dotted paths beyond the catalogue, calls and helpers are plain text', () => {
    const template = doc(
      '{{event.name.constructor}} {{#each countries}} {{event.name()}} {{{event.name}}} {{> partial}}',
    )
    const { doc: out, report } = renderTemplate(template, facts([['event.name', 'X']]), 'en')
    expect(report.unknown).toEqual([
      '{{event.name.constructor}}',
      '{{#each countries}}',
      '{{event.name()}}',
      '{{> partial}}',
    ])
    // "{{{event.name}}}": the inner placeholder is known; the extra braces stay as text.
    expect(plain(out)).toBe(
      '{{event.name.constructor}} {{#each countries}} {{event.name()}} {X} {{> partial}}',
    )
  })

  it('renders any text with any values like a plain split-and-join would (property)', () => {
    const key = fc.constantFrom(...factKeys)
    const piece = fc.oneof(
      fc.string(),
      key.map((k) => `{{${k}}}`),
      fc.constantFrom(
        '{{',
        '}}',
        '{',
        '}',
        '$&',
        '{{constructor}}',
        '{{__proto__}}',
        '<b>',
        '&amp;',
      ),
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.dictionary(key, fc.string({ minLength: 1 })),
        (pieces, valueRecord) => {
          const values = new Map(
            Object.entries(valueRecord).map(([k, v]) => [
              k as FactKey,
              { kind: 'text', text: v.trim() } as FactValue,
            ]),
          )
          // Control characters are removed by normaliseDoc; take them out of the reference too.
          // eslint-disable-next-line no-control-regex
          const source = pieces.join('').replace(/[\u0000-\u001f\u007f\ufffe\uffff]/g, '')
          const template = normaliseDoc(doc(source))
          const { doc: out } = renderTemplate(template, values, 'en')
          // Reference: a function replacer over the same pattern, value or the token itself.
          const expected = source.replace(/\{\{([^{}]{1,100})\}\}/g, (whole, name: string) => {
            const k = name.trim()
            if (!(factKeys as readonly string[]).includes(k)) return whole
            const v = values.get(k as FactKey)
            const t = v && v.kind === 'text' ? v.text : ''
            return t === '' ? `{{${k}}}` : t
          })
          expect(plain(out)).toBe(source.trim() === '' && expected.trim() === '' ? '' : expected)
          const html = docToHtml(out)
          const tags = [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1])
          expect(tags.every((t) => t === 'p')).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('refreshFacts', () => {
  it('updates fact values in place and keeps what the writer typed', () => {
    const first = renderTemplate(
      doc('{{countries.count}} negara. Tulisan saya.'),
      facts([['countries.count', '17']]),
      'id',
    ).doc
    const { doc: next, changed } = refreshFacts(first, facts([['countries.count', '18']]), 'id')
    expect(changed).toBe(1)
    expect(plain(next)).toBe('18 negara. Tulisan saya.')
    expect(refreshFacts(next, facts([['countries.count', '18']]), 'id').changed).toBe(0)
  })
})

describe('scanPlaceholders', () => {
  it('finds unknown, typed and empty placeholders', () => {
    const rendered = renderTemplate(doc('{{official.name}}'), new Map(), 'id').doc
    const withTyped: DocNode = {
      type: 'doc',
      content: [
        ...rendered.content,
        { type: 'paragraph', content: [{ type: 'text', text: '{{countries.list}} {{nope}}' }] },
      ],
    }
    expect(scanPlaceholders(withTyped)).toEqual({
      unknown: ['{{nope}}'],
      unfilled: ['countries.list'],
      missing: ['official.name'],
    })
  })
})
