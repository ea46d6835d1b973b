import { describe, expect, it } from 'vitest'
import { parseMarkup } from './markup'
import { docToHtml, htmlDocument } from './output-html'
import { docToPlainText, textCounts } from './output-text'

const sample = parseMarkup(
  '# Judul\n\nParagraf **tebal** dan *miring* dengan [tautan](https://kemlu.go.id).\n\n> "Kutipan," ujar beliau.\n\n1. Satu\n2. Dua\n\n- A\n- B\n\nSurel [press@kemlu.go.id](mailto:press@kemlu.go.id).',
)

describe('docToPlainText', () => {
  it('writes blocks, lists, quotes and link targets for email', () => {
    expect(docToPlainText(sample)).toBe(
      [
        'Judul',
        '',
        'Paragraf tebal dan miring dengan tautan (https://kemlu.go.id/).',
        '',
        '> "Kutipan," ujar beliau.',
        '',
        '1. Satu\n2. Dua',
        '',
        '- A\n- B',
        '',
        'Surel press@kemlu.go.id.',
      ].join('\n'),
    )
  })

  it('can leave link targets out', () => {
    expect(docToPlainText(sample, { links: false })).toContain('dengan tautan.')
  })

  it('shows a fact without value as its placeholder', () => {
    expect(
      docToPlainText({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'fact', attrs: { key: 'official.name', value: '' } }],
          },
        ],
      }),
    ).toBe('{{official.name}}')
  })
})

describe('docToHtml', () => {
  it('writes only semantic tags', () => {
    expect(docToHtml(sample)).toBe(
      [
        '<h1>Judul</h1>',
        '<p>Paragraf <strong>tebal</strong> dan <em>miring</em> dengan <a href="https://kemlu.go.id/">tautan</a>.</p>',
        '<blockquote><p>"Kutipan," ujar beliau.</p></blockquote>',
        '<ol><li><p>Satu</p></li><li><p>Dua</p></li></ol>',
        '<ul><li><p>A</p></li><li><p>B</p></li></ul>',
        '<p>Surel <a href="mailto:press@kemlu.go.id">press@kemlu.go.id</a>.</p>',
      ].join('\n'),
    )
  })

  it('escapes text and attribute values', () => {
    const html = docToHtml({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '<script>"x" & \'y\'</script>' },
            {
              type: 'text',
              text: 'l',
              marks: [{ type: 'link', attrs: { href: 'https://a.example/?q="><script>' } }],
            },
          ],
        },
      ],
    })
    expect(html).not.toMatch(/<script/)
    expect(html).toContain('&lt;script&gt;"x" &amp; \'y\'&lt;/script&gt;')
    expect(html).toContain('href="https://a.example/?q=&quot;&gt;&lt;script&gt;"')
  })

  it('wraps each language in an article of a whole document', () => {
    const page = htmlDocument('Siaran <pers>', [
      { lang: 'id', header: ['SIARAN PERS', 'No. 1'], doc: parseMarkup('Halo') },
      { lang: 'en', header: ['PRESS RELEASE'], doc: parseMarkup('Hello') },
    ])
    expect(page).toContain('<html lang="id">')
    expect(page).toContain('<title>Siaran &lt;pers&gt;</title>')
    expect(page).toContain(
      '<article lang="en">\n<p><strong>PRESS RELEASE</strong></p>\n<p>Hello</p>\n</article>',
    )
  })
})

describe('textCounts', () => {
  it('counts words and visible characters', () => {
    expect(textCounts('Tonga, Tuvalu dan Vanuatu.')).toEqual({ words: 4, characters: 26 })
    expect(textCounts('  — ')).toEqual({ words: 0, characters: 4 })
    expect(textCounts('🇮🇩 Tuilaʻepa')).toEqual({ words: 1, characters: 11 })
  })
})
